/** Small helpers for what the editor gave, and for saying it back in a message. */

/** A property's value as text: a script or a framework may set any value, or none. */
export const text = (value: unknown): string => (value == null ? '' : String(value));

/** Shows a value in a message: quoted, control characters escaped, long values cut. */
export function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return JSON.stringify(shown);
}
