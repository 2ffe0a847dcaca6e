// JSON with bytes for the loopback bridge: a Uint8Array travels as {"$bytes": base64}, as IPC's structured clone carries it.
const TAG = '$bytes';

function isTagged(value: unknown): value is { [TAG]: string } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && typeof (value as Record<string, unknown>)[TAG] === 'string';
}

/** JSON.parse that turns every {"$bytes": base64} back into a Uint8Array (a text without the tag skips the reviver's cost). */
export function parseWithBytes(text: string): unknown {
  if (!text.includes(TAG)) return JSON.parse(text);
  return JSON.parse(text, (_key, value: unknown) => (isTagged(value) ? new Uint8Array(Buffer.from(value[TAG], 'base64')) : value));
}

/** Whether a Uint8Array occurs anywhere in `value` (a plain walk is several times cheaper than a replacer call per value). */
function containsBytes(value: unknown): boolean {
  if (value instanceof Uint8Array) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(containsBytes);
}

/** JSON.stringify that writes every Uint8Array as {"$bytes": base64}. */
export function stringifyWithBytes(value: unknown): string {
  if (!containsBytes(value)) return JSON.stringify(value);
  return JSON.stringify(value, (_key, item: unknown) => (item instanceof Uint8Array ? { [TAG]: Buffer.from(item).toString('base64') } : item));
}

/** The same two functions for the page, as source text for the generated bridge script. */
export const BROWSER_BINARY_JSON = `
  const BYTES_TAG = ${JSON.stringify(TAG)};
  function toBase64(bytes) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }
  function fromBase64(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  function stringifyWithBytes(value) {
    return JSON.stringify(value, (key, item) => (item instanceof Uint8Array ? { [BYTES_TAG]: toBase64(item) } : item));
  }
  function parseWithBytes(text) {
    // A reviver costs a call per value: 10,000 talking points took a second to parse with it, and most answers hold no bytes.
    if (!text.includes(BYTES_TAG)) return JSON.parse(text);
    return JSON.parse(text, (key, value) =>
      value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && typeof value[BYTES_TAG] === 'string'
        ? fromBase64(value[BYTES_TAG])
        : value);
  }
`;
