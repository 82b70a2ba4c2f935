// A Rollup plugin for the one-tag bundle: Lit's template compiler (@lit-labs/compiler) prepares every
// html`` template at build time, so the browser skips lit-html's "prepare" phase (scanning each
// template's strings, then walking its DOM for the bindings) on first render. `npm run bench`, with the
// uncompiled build as its baseline, put a panel's main-thread time about a quarter lower with it.
// Templates it cannot compile are left as they are: lit-html prepares them at run time as usual.
import ts from 'typescript';
import { compileLitTemplates } from '@lit-labs/compiler';

export function compileTemplates() {
  return {
    name: 'compile-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('html`')) return null;
      const { outputText, sourceMapText } = ts.transpileModule(code, {
        fileName: id,
        compilerOptions: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          useDefineForClassFields: true,
          sourceMap: true,
        },
        transformers: { before: [compileLitTemplates()] },
      });
      return { code: outputText, map: sourceMapText };
    },
  };
}
