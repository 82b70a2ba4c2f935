/** A file's text, imported with `?text` (rollup.config.mjs's textFiles). */
declare module '*?text' {
  const text: string;
  export default text;
}
