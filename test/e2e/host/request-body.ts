// Reads an rpc request body: JSON only, UTF-8 only, at most MAX_BODY_BYTES; an empty body is an absent payload.
import type { IncomingMessage } from 'node:http';

import { parseWithBytes } from './binary-json.js';
export const MAX_BODY_BYTES = 20 * 1024 * 1024;
/** Beyond this the request is cut off unread (the client may then see a reset instead of the 413). */
const MAX_DRAIN_BYTES = 4 * MAX_BODY_BYTES;

export type BodyResult = { ok: true; payload: unknown } | { ok: false; status: 400 | 413 | 415; message: string };

function isJsonContentType(value: string | undefined): boolean {
  return value !== undefined && value.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

export async function readJsonBody(request: IncomingMessage): Promise<BodyResult> {
  if (!isJsonContentType(request.headers['content-type'])) {
    return { ok: false, status: 415, message: 'Content-Type must be application/json' };
  }
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > MAX_DRAIN_BYTES) return { ok: false, status: 413, message: 'Body too large' };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk instanceof Buffer ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    // Leaving the loop drops the connection; a body somewhat over the limit is read to its end so the client gets the 413.
    if (size > MAX_DRAIN_BYTES) return { ok: false, status: 413, message: 'Body too large' };
    if (size <= MAX_BODY_BYTES) chunks.push(buffer);
  }
  if (size > MAX_BODY_BYTES) return { ok: false, status: 413, message: 'Body too large' };
  if (size === 0) return { ok: true, payload: undefined };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return { ok: false, status: 400, message: 'Body is not UTF-8' };
  }
  try {
    return { ok: true, payload: parseWithBytes(text) };
  } catch {
    return { ok: false, status: 400, message: 'Body is not valid JSON' };
  }
}
