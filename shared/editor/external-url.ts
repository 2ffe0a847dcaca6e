// Which addresses a link in content may hand to the system (browser or mail program): http, https or mailto, bounded, parseable.
import { z } from 'zod';

export const MAX_EXTERNAL_URL_LENGTH = 2000;
const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** Whether `url` is an absolute http(s) address with a host, or a mailto: address, with no spaces or control characters. */
export function isExternalUrl(url: string): boolean {
  if (url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH || /[\s\p{Cc}]/u.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return false;
  return parsed.protocol === 'mailto:' ? parsed.pathname.length > 0 : parsed.hostname.length > 0;
}

/** An address for the system browser or mail program: what stored links may hold (see MARK_ATTRS.link), checked again. */
export const externalUrlSchema = z
  .string()
  .max(MAX_EXTERNAL_URL_LENGTH, { message: 'validation.tooLong' })
  .refine(isExternalUrl, { message: 'validation.invalid' });
