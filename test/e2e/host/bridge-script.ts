// Generates /bridge.js: a classic script defining window.spokesdesk as named functions over loopback HTTP, from the contract.
import { contractChannels } from '../../../shared/ipc/contract.js';
import { EVENT_NAMES } from '../../../shared/ipc/events.js';
import { BROWSER_BINARY_JSON } from './binary-json.js';

/** feature → method names, exactly the contract's channels (the preload exposes the same names). */
export function bridgeChannels(): Record<string, string[]> {
  const channels: Record<string, string[]> = {};
  for (const { feature, method } of contractChannels()) {
    (channels[feature] ??= []).push(method);
  }
  return channels;
}

/**
 * The browser side of the bridge. Each call POSTs its payload as JSON (bytes tagged, see binary-json.ts) to /rpc/<feature>/<method> and resolves to the
 * BridgeResult the services returned (a body over the size limit to a too_large BridgeError). A lost connection or a
 * refused request rejects, as ipcRenderer.invoke does when IPC itself fails, so the UI reports a transport error.
 * Events arrive over one EventSource on /events.
 */
export function bridgeScript(): string {
  const channels = JSON.stringify(bridgeChannels());
  const events = JSON.stringify(EVENT_NAMES);
  return `// Spokesdesk test-host bridge: window.spokesdesk over loopback HTTP (generated from the contract).
(() => {
  'use strict';
  const CHANNELS = ${channels};
  const EVENTS = ${events};
${BROWSER_BINARY_JSON}

  async function call(feature, method, input) {
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, credentials: 'same-origin' };
    if (input !== undefined) init.body = stringifyWithBytes(input);
    const response = await fetch('/rpc/' + feature + '/' + method, init);
    if (response.status === 413) return { ok: false, error: { code: 'too_large', messageKey: 'errors.too_large', issues: [], details: {} } };
    if (!response.ok) throw new Error(feature + '.' + method + ': HTTP ' + response.status + ' ' + (await response.text()).trim());
    return parseWithBytes(await response.text());
  }

  let source = null;
  function eventSource() {
    if (source === null) source = new EventSource('/events');
    return source;
  }

  function on(event, listener) {
    if (!EVENTS.includes(event)) throw new TypeError('Unknown event: ' + String(event));
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    const handle = (message) => listener(parseWithBytes(message.data));
    eventSource().addEventListener(event, handle);
    return () => eventSource().removeEventListener(event, handle);
  }

  const bridge = { on };
  for (const [feature, methods] of Object.entries(CHANNELS)) {
    const api = {};
    for (const method of methods) {
      api[method] = (input) => call(feature, method, input);
    }
    bridge[feature] = Object.freeze(api);
  }
  Object.defineProperty(window, 'spokesdesk', { value: Object.freeze(bridge), enumerable: true });
})();
`;
}
