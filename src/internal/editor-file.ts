import { isServer, type ReactiveControllerHost } from 'lit';
import { quote } from '../core/configure.js';
import { fetchJson } from './load.js';
import { fetchableUrl } from '../core/urls.js';
import { warn } from './warn.js';

/**
 * The editor's own content file (the `src` attribute): fetched once per address, its parsed JSON kept
 * in `data` for the host to check against the schema. An address that is not http(s), or a file that
 * cannot be had, is named in a warning and leaves `data` undefined: the built-in content shows.
 * The host calls `load` when its `src` changes, so the content it makes in that same update already
 * leaves the previous file out; the host re-renders when the file arrives.
 */
export class EditorFile {
  /** The parsed file for the current `src`; undefined while loading, or when there is none. */
  data: unknown = undefined;
  /** Settles once the current file has arrived (and the host was asked to render it) or failed. */
  loading?: Promise<void>;
  private _src = '';

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {}

  /** Loads `src` unless it is the one already loaded (or loading). */
  load(src: string | null | undefined): void {
    const wanted = src?.trim() ?? '';
    if (wanted === this._src) return;
    this._src = wanted;
    this.data = undefined;
    const loading = (this.loading = this._load(wanted).finally(() => {
      if (this.loading === loading) this.loading = undefined;
    }));
  }

  private async _load(wanted: string): Promise<void> {
    // The server renders the built-in content; the file is read in the browser.
    if (!wanted || isServer) return;
    const url = fetchableUrl(wanted);
    if (!url) {
      warn(this._host, `src=${quote(wanted)} is not an http(s) address; showing the built-in content.`);
      return;
    }
    try {
      const data = await fetchJson(url);
      if (this._src !== wanted) return;
      this.data = data;
      this._host.requestUpdate();
    } catch (error) {
      if (this._src === wanted)
        warn(this._host, `src=${quote(wanted)}: ${(error as Error).message}; showing the built-in content.`);
    }
  }
}
