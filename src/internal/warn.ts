/** One console warning, prefixed with the element's tag so an editor can tell which embed it concerns. */
export function warn(element: Element, message: string): void {
  console.warn(`<${element.localName}>: ${message}`);
}
