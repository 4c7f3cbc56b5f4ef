/// <reference lib="webworker" />
import { parseGraphJson } from '../../core/graph/schema';

/**
 * Fetches and validates the graph file off the main thread, so that a large data set does not
 * block the page while it loads. Replies with the core's GraphLoadResult.
 */
self.onmessage = async (event: MessageEvent<{ url: string }>) => {
  const { url } = event.data;
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) {
      self.postMessage({ ok: false, error: `${url}: HTTP ${response.status} ${response.statusText}`.trim() });
      return;
    }
    self.postMessage(parseGraphJson(await response.text()));
  } catch (e) {
    self.postMessage({ ok: false, error: `${url}: ${(e as Error).message}` });
  }
};
