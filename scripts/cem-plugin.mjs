// A @custom-elements-manifest/analyzer plugin for this project's base class (src/internal/base.ts).
// The elements extend that small attribute-driven base, not LitElement, so the analyzer's Lit plugin
// cannot see their attributes. This plugin reads them from the code itself, so `static properties`
// stays the one source of truth:
//
// - every entry of `static properties = { … }` that is not `state: true` becomes an attribute (its
//   `attribute` name, else the property name in lower case), linked to its field (fieldName /
//   attribute / reflects, since each property reads and writes its attribute); `boolean: true` gives
//   the type `boolean`, anything else `string`; the description is the field's own JSDoc;
// - the allowed values and the default come from the whitelist parser that reads the attribute in the
//   same class: `keyword(this, 'audience', …, AUDIENCES, 'all')` gives `'all' | 'families' | …` with
//   default `'all'` (AUDIENCES being an `as const` array in the same file), and
//   `integer(this, 'heading-level', …, 1, 6, 2)` gives `1 | 2 | … | 6` (or `number` for a wide range)
//   with default `2`.
//
// A class comment's `@attr {type} name - text` still wins for what it says, and is how an attribute that
// no `static properties` entry declares is documented (the native `lang`). Global HTML attributes that a
// class only observes (`dir`) are left out unless a class comment documents them.
//
// Private members are left out. It also mends two things the analyzer reads wrongly from this code: `new CustomEvent<T>(type, …)` in a
// generic helper is not an event named "type", and `root.adoptedStyleSheets = …` in a constructor is not
// a field of the class.

const GLOBAL_ATTRIBUTES = new Set([
  'dir',
  'lang',
  'id',
  'class',
  'style',
  'title',
  'hidden',
  'tabindex',
  'slot',
  'part',
]);

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export function basePropertiesPlugin() {
  /** class name → what the code says about it */
  const found = new Map();

  return {
    name: 'partnership: static properties of the attribute-driven base',

    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const sourceFile = node.getSourceFile();
      const info = {
        properties: [],
        parsers: new Map(),
        eventVariables: new Set(),
        declared: new Set(),
        documented: new Set(),
      };
      found.set(node.name.text, info);

      // Attributes the class comment documents with @attr / @attribute.
      for (const doc of node.jsDoc ?? [])
        for (const tag of doc.tags ?? [])
          if (['attr', 'attribute'].includes(tag.tagName.text)) {
            const name = /^\s*(?:\{[^}]*\}\s*)?\[?([\w-]+)/.exec(
              typeof tag.comment === 'string' ? tag.comment : tag.getText().replace(/^@\w+/, ''),
            );
            if (name) info.documented.add(name[1]);
          }

      for (const member of node.members) {
        const name =
          member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))
            ? member.name.text
            : undefined;
        if (name) info.declared.add(name);
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (
          isStatic &&
          name === 'properties' &&
          ts.isPropertyDeclaration(member) &&
          member.initializer &&
          ts.isObjectLiteralExpression(member.initializer)
        ) {
          for (const entry of member.initializer.properties) {
            if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
            const spec = {};
            for (const option of entry.initializer.properties) {
              if (!ts.isPropertyAssignment(option)) continue;
              const key = option.name.getText(sourceFile);
              if (ts.isStringLiteral(option.initializer)) spec[key] = option.initializer.text;
              else if (option.initializer.kind === ts.SyntaxKind.TrueKeyword) spec[key] = true;
            }
            if (spec.state) continue;
            const field = entry.name.getText(sourceFile).replace(/^['"]|['"]$/g, '');
            info.properties.push({ field, attribute: spec.attribute ?? field.toLowerCase(), boolean: !!spec.boolean });
          }
        }
        // Fields set in the constructor as `this.x = …` are fields too.
        if (ts.isConstructorDeclaration(member) && member.body)
          visit(ts, member.body, (n) => {
            if (
              ts.isBinaryExpression(n) &&
              ts.isPropertyAccessExpression(n.left) &&
              n.left.expression.kind === ts.SyntaxKind.ThisKeyword
            )
              info.declared.add(n.left.name.text);
          });
      }

      visit(ts, node, (n) => {
        if (
          ts.isNewExpression(n) &&
          n.expression.getText(sourceFile) === 'CustomEvent' &&
          n.arguments?.[0] &&
          ts.isIdentifier(n.arguments[0])
        )
          info.eventVariables.add(n.arguments[0].text);
        if (!ts.isCallExpression(n) || !ts.isIdentifier(n.expression)) return;
        const [, attribute, , ...rest] = n.arguments;
        if (!attribute || !ts.isStringLiteral(attribute)) return;
        if (n.expression.text === 'keyword' && rest.length >= 2) {
          const values = constStrings(ts, sourceFile, rest[0]);
          if (values)
            info.parsers.set(attribute.text, {
              type: values.map((v) => `'${v}'`).join(' | '),
              default: literal(ts, rest[1]),
            });
        } else if (n.expression.text === 'integer' && rest.length >= 3) {
          const [min, max, fallback] = rest.map((a) => (ts.isNumericLiteral(a) ? Number(a.text) : undefined));
          const small = min !== undefined && max !== undefined && max - min <= 9;
          info.parsers.set(attribute.text, {
            type: small ? Array.from({ length: max - min + 1 }, (_, i) => min + i).join(' | ') : 'number',
            default: fallback === undefined ? undefined : String(fallback),
          });
        }
      });
    },

    moduleLinkPhase({ moduleDoc }) {
      for (const classDoc of moduleDoc.declarations ?? []) {
        const info = found.get(classDoc.name);
        if (classDoc.kind !== 'class' || !info) continue;

        // Private members are no one's interface; leaving them out keeps the manifest a third of the size.
        classDoc.members = (classDoc.members ?? []).filter(
          (m) =>
            m.privacy !== 'private' && (info.declared.has(m.name) || m.kind !== 'field' || info.documented.has(m.name)),
        );
        if (classDoc.events) {
          classDoc.events = classDoc.events.filter((e) => !(info.eventVariables.has(e.name) && !e.description));
          if (!classDoc.events.length) delete classDoc.events;
        }

        const attributes = (classDoc.attributes ?? []).filter(
          (a) => !GLOBAL_ATTRIBUTES.has(a.name) || info.documented.has(a.name),
        );
        for (const { field, attribute, boolean } of info.properties) {
          let doc = attributes.find((a) => a.name === attribute);
          if (!doc) attributes.push((doc = { name: attribute }));
          const member = classDoc.members.find((m) => m.name === field && m.kind === 'field');
          const parser = info.parsers.get(attribute);
          doc.fieldName = field;
          doc.type ??= { text: boolean ? 'boolean' : (parser?.type ?? 'string') };
          if (doc.default === undefined) {
            if (boolean) doc.default = 'false';
            else if (parser?.default !== undefined) doc.default = parser.default;
          }
          if (!doc.description && member?.description) doc.description = member.description;
          if (member) {
            member.attribute = attribute;
            member.reflects = true;
          }
        }
        if (attributes.length) classDoc.attributes = attributes;
        else delete classDoc.attributes;
      }
    },
  };
}

function visit(ts, node, fn) {
  fn(node);
  ts.forEachChild(node, (child) => visit(ts, child, fn));
}

/** The string values of `const NAME = ['a', 'b'] as const` in the same file, for the identifier NAME. */
function constStrings(ts, sourceFile, expression) {
  if (!ts.isIdentifier(expression)) return undefined;
  let values;
  visit(ts, sourceFile, (n) => {
    if (values || !ts.isVariableDeclaration(n) || n.name.getText(sourceFile) !== expression.text || !n.initializer)
      return;
    let init = n.initializer;
    while (ts.isAsExpression(init) || ts.isParenthesizedExpression(init) || (ts.isSatisfiesExpression?.(init) ?? false))
      init = init.expression;
    if (ts.isArrayLiteralExpression(init) && init.elements.every((e) => ts.isStringLiteral(e)))
      values = init.elements.map((e) => e.text);
  });
  return values;
}

/** A literal argument as the manifest writes a default: a string quoted, a number or Infinity as is. */
function literal(ts, node) {
  if (ts.isStringLiteral(node)) return `'${node.text}'`;
  if (ts.isNumericLiteral(node)) return node.text;
  return undefined;
}

/**
 * Names the modules as the package ships them: `src/x/y.ts` (or `/src/x/y.js`, as the analyzer writes a
 * superclass's) becomes `dist/lib/x/y.js` in every module path and every reference to one, so tools that read the manifest find
 * the files that are in the package.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
export function distPathsPlugin({ from = 'src/', to = 'dist/lib/' } = {}) {
  const source = new RegExp(`^(\\.?/)?${from.replace(/[/.]/g, '\\$&')}(.*)\\.[jt]s$`);
  const rewrite = (value) => {
    if (Array.isArray(value)) value.forEach(rewrite);
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof v === 'string') value[key] = v.replace(source, `${to}$2.js`);
        else rewrite(v);
      }
  };
  return {
    name: 'partnership: module paths of the library build',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
    },
  };
}
