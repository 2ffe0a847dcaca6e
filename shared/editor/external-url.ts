// Which addresses a link in content may hand to the system (browser or mail program): http(s) with a host, or mailto: to plain addresses with subject/body/cc/bcc only; bounded, parseable.
import { z } from 'zod';
import { hostToUnicode } from './punycode.js';

export const MAX_EXTERNAL_URL_LENGTH = 2000;
const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
/** The mailto: header fields a link may fill in (RFC 6068 names, any case); anything else (attach=, from=, headers) is refused. */
const MAILTO_FIELDS: ReadonlySet<string> = new Set(['subject', 'body', 'cc', 'bcc']);
const MAILTO_ADDRESS_FIELDS: ReadonlySet<string> = new Set(['cc', 'bcc']);
/** One plain mail address once decoded: no spaces, controls, format characters (bidi overrides) or address-list punctuation. */
const MAIL_ADDRESS = /^[^\s\p{C}@<>()[\]\\,;:"]+@[^\s\p{C}@<>()[\]\\,;:"/?#]+\.[^\s\p{C}@<>()[\]\\,;:"/?#.]+$/u;

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** "a@b.vn" or "a@b.vn,c@d.vn" (decoded). */
function isAddressList(list: string | null): boolean {
  return list !== null && list.split(',').every((address) => MAIL_ADDRESS.test(address));
}

/** Whether a decoded subject/body/cc/bcc value is acceptable: addresses for cc/bcc; no control characters, except line breaks and tabs in the body. */
function isMailtoFieldValue(field: string, value: string): boolean {
  if (MAILTO_ADDRESS_FIELDS.has(field)) return isAddressList(value);
  const text = field === 'body' ? value.replace(/[\r\n\t]/g, '') : value;
  return !/\p{Cc}/u.test(text);
}

/** Address(es) in the path, only subject/body/cc/bcc in the query, no fragment. */
function isMailtoLink(parsed: URL): boolean {
  if (parsed.hash !== '' || !isAddressList(decoded(parsed.pathname))) return false;
  // Split by hand: mailto: query values are percent-encoded only ("+" is a plus, as in "a+b@example.vn"), not form-encoded.
  const pairs = parsed.search.length > 1 ? parsed.search.slice(1).split('&') : [];
  return pairs.every((pair) => {
    const [name = '', ...rest] = pair.split('=');
    const field = decoded(name)?.toLowerCase() ?? '';
    const value = decoded(rest.join('='));
    return MAILTO_FIELDS.has(field) && value !== null && isMailtoFieldValue(field, value);
  });
}

/** Whether `url` is an absolute http(s) address with a host, or a mailto: link to plain address(es) with at most subject/body/cc/bcc, with no spaces or control characters. */
export function isExternalUrl(url: string): boolean {
  if (url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH || /[\s\p{Cc}]/u.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return false;
  return parsed.protocol === 'mailto:' ? isMailtoLink(parsed) : parsed.hostname.length > 0;
}

/** An address for the system browser or mail program: what stored links may hold (see MARK_ATTRS.link), checked again. */
export const externalUrlSchema = z
  .string()
  .max(MAX_EXTERNAL_URL_LENGTH, { message: 'validation.tooLong' })
  .refine(isExternalUrl, { message: 'validation.invalid' });

/** A link address as the system will be given it, and how it reads when that differs. */
export interface ExternalAddress {
  /** What opens: the parsed address, host in punycode ("xn--…"), path and query percent-encoded. */
  href: string;
  /** The same address with the host (or, for mailto:, the address part) in Unicode, when that reads differently from `href`; otherwise null. */
  unicode: string | null;
}

function withUnicodeHost(parsed: URL): string {
  const credentials = parsed.username === '' ? '' : `${parsed.username}${parsed.password === '' ? '' : `:${parsed.password}`}@`;
  const port = parsed.port === '' ? '' : `:${parsed.port}`;
  return `${parsed.protocol}//${credentials}${hostToUnicode(parsed.hostname)}${port}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/**
 * The one place both sides turn a link into what is shown and what opens: the confirmation shows `href` (and `unicode`
 * beside it), the main process opens `href`, so a look-alike Unicode host ("gооgle.com" with Cyrillic o) cannot hide
 * behind its Unicode spelling. Null when the address may not be opened at all (see isExternalUrl).
 */
export function normalizeExternalUrl(url: string): ExternalAddress | null {
  if (!isExternalUrl(url)) return null;
  const parsed = new URL(url);
  const href = parsed.href;
  const unicode = parsed.protocol === 'mailto:' ? `mailto:${decoded(parsed.pathname) ?? parsed.pathname}${parsed.search}` : withUnicodeHost(parsed);
  return { href, unicode: unicode === href ? null : unicode };
}
