// Hands a link from the app's content to the system browser or mail program (after the page asked the user), checked once more here.
import { shell } from 'electron';
import { normalizeExternalUrl } from '../../shared/editor/external-url.js';

/**
 * The services' `openExternal`: the channel already validated the address; it is checked again because this is
 * the last step before the operating system acts on it. Rejects what is not http, https or mailto, and opens the
 * normalised form (punycode host) — the one the confirmation showed — never the Unicode spelling as written.
 */
export async function openExternalUrl(url: string): Promise<void> {
  const address = normalizeExternalUrl(url);
  if (!address) throw new Error(`Refused to open a non-web address (${url.slice(0, 40)})`);
  await shell.openExternal(address.href, { activate: true });
}
