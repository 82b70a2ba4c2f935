/**
 * Fetches an editor's content file: once per URL however many elements ask, with a time limit. The
 * answer is parsed JSON, or an Error whose message says what went wrong, in words for the editor.
 */
const requests = new Map<string, Promise<unknown>>();

/** How long to wait for an answer, in ms. */
export const limits = { timeout: 10_000 };

export function fetchJson(url: string): Promise<unknown> {
  let request = requests.get(url);
  if (!request) requests.set(url, (request = load(url)));
  return request;
}

async function load(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeout);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw `it answered ${response.status}`;
    const body = await response.text();
    try {
      return JSON.parse(body);
    } catch {
      throw 'it is not JSON';
    }
  } catch (problem) {
    throw new Error(
      controller.signal.aborted
        ? `it did not answer within ${limits.timeout / 1000} s`
        : typeof problem === 'string'
          ? problem
          : `it could not be fetched (${problem})`,
    );
  } finally {
    clearTimeout(timer);
  }
}
