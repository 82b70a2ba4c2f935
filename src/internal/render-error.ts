/** A value the elements would refuse: the message is the element's own warning (renderPanel, buildSite). */
export class RenderError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'RenderError';
  }
}
