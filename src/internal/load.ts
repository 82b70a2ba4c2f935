/**
 * Fetches an editor's content file: once per URL however many elements ask, with a time limit. The
 * answer is parsed JSON, or an Error whose message says what went wrong, in words for the editor.
 */
const requests = new Map<string, Promise<unknown>>();

/** How long to wait for an answer, in ms. */
export const limits = { timeout: 10_000 };

export function fetchJson(url: string): Promise<unknown> {
  let request = requests.get(url);
  if (!request) {
    request = load(url);
    requests.set(url, request);
  }
  return request;
}

async function load(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeout);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`it answered ${response.status} ${response.statusText}`.trim());
    const body = await response.text();
    try {
      return JSON.parse(body);
    } catch {
      throw new Error('it is not JSON');
    }
  } catch (error) {
    if (controller.signal.aborted) throw new Error(`it did not answer within ${limits.timeout / 1000} s`);
    if (error instanceof Error && error.message.startsWith('it ')) throw error;
    throw new Error(`it could not be fetched (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    clearTimeout(timer);
  }
}
