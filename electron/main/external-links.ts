// Hands a link from the app's content to the system browser or mail program (after the page asked the user), checked once more here.
import { shell } from 'electron';
import { externalUrlSchema } from '../../shared/editor/external-url.js';

/**
 * The services' `openExternal`: the channel already validated the address; it is checked again because this is
 * the last step before the operating system acts on it. Rejects what is not http, https or mailto.
 */
export async function openExternalUrl(url: string): Promise<void> {
  const checked = externalUrlSchema.safeParse(url);
  if (!checked.success) throw new Error(`Refused to open a non-web address (${url.slice(0, 40)})`);
  await shell.openExternal(checked.data, { activate: true });
}
