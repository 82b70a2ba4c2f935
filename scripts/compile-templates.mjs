// A Rollup plugin for the one-tag bundle: Lit's template compiler (@lit-labs/compiler) prepares every
// html`` template at build time, so the browser skips lit-html's "prepare" phase (scanning each
// template's strings with regular expressions, then walking its DOM for the bindings) on first render.
// Every template must compile, since scripts/trim-lit.mjs removes that phase from lit-html: the build
// fails if an html`` tag is left.
import ts from 'typescript';
import { compileLitTemplates } from '@lit-labs/compiler';

/** The compiler knows `html` when it is imported from 'lit' or 'lit-html'; the sources use 'lit/html.js', the same module. */
const LIT_HTML_IMPORT = /from 'lit\/html\.js'/g;

export function compileTemplates() {
  return {
    name: 'compile-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('html`')) return null;
      const { outputText, sourceMapText } = ts.transpileModule(code.replace(LIT_HTML_IMPORT, "from 'lit-html'"), {
        fileName: id,
        compilerOptions: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          useDefineForClassFields: true,
          sourceMap: true,
        },
        transformers: { before: [compileLitTemplates()] },
      });
      if (/\bhtml`/.test(outputText))
        this.error(
          `${id}: a template was left uncompiled (see @lit-labs/compiler's rules); the trimmed Lit cannot render it`,
        );
      return { code: outputText, map: sourceMapText };
    },
  };
}
