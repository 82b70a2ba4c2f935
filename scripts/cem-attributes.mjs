// A @custom-elements-manifest/analyzer plugin: each element's attributes, and the properties that
// reflect them, come from the attribute data (src/core/attributes.ts, through the library build), so
// the manifest, and the VS Code data made from it, say what the elements take: the same names, values,
// defaults and descriptions. (The elements' `static properties` are made from that data, which the
// analyzer cannot read by itself.)
import { ATTRIBUTE_DOCS, RESOURCE_DOCS, RESOURCE_FIELDS, TAGS, attributesOf } from '../dist/lib/core/index.js';

const typeOf = (a) =>
  a.values ? a.values.map((v) => `'${v}'`).join(' | ') : a.kind === 'boolean' ? 'boolean' : 'string';
const defaultOf = (a) =>
  a.default === undefined ? undefined : typeof a.default === 'string' ? `'${a.default}'` : String(a.default);

function describe(rules, docs) {
  return rules.map((a) => ({
    name: a.name,
    fieldName: a.property,
    type: { text: typeOf(a) },
    ...(defaultOf(a) === undefined ? {} : { default: defaultOf(a) }),
    description: docs[a.name],
  }));
}

export function attributesPlugin() {
  const byTag = new Map(
    Object.entries(TAGS).map(([element, tag]) => [tag, describe(attributesOf(element), ATTRIBUTE_DOCS)]),
  );
  byTag.set(
    'partnership-resource',
    describe(
      RESOURCE_FIELDS.map((name) => ({ name, property: name, kind: 'text' })),
      RESOURCE_DOCS,
    ),
  );
  return {
    name: 'partnership: attributes from the attribute data',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules)
        for (const d of module.declarations ?? []) {
          const attributes = byTag.get(d.tagName);
          if (!attributes) continue;
          d.attributes = attributes;
          d.members = (d.members ?? []).filter((m) => !attributes.some((a) => a.fieldName === m.name));
          d.members.push(
            ...attributes.map((a) => ({
              kind: 'field',
              name: a.fieldName,
              type: a.type,
              ...(a.default === undefined ? {} : { default: a.default }),
              description: a.description,
              attribute: a.name,
              reflects: a.fieldName !== 'lang',
            })),
          );
        }
    },
  };
}
