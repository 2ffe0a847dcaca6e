// Pieces shared by the talking point and Q&A forms: tags as text, typed dates, empty rich text, and field messages from validation issues.
import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../shared/ipc/errors';
import { emptyDoc, type RichDoc, type RichNode } from '../../../shared/model/rich-text';
import { isoToUserDate, parseUserDate } from '../i18n/format';
import { vi } from '../i18n/vi';

/** Field path ("title", "proofPoints.0.source.directiveId") → i18n key of the message shown at that field. */
export type FieldMessages = Record<string, string>;

/** "nhân quyền, TTĐN" → ["nhân quyền", "TTĐN"] (trimmed, NFC, without repeats). */
export function parseTags(text: string): string[] {
  return [...new Set(text.normalize('NFC').split(/[,;\n]/).map((tag) => tag.trim()).filter(Boolean))];
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}

export function dateText(iso: string | null): string {
  return isoToUserDate(iso);
}

/** A typed date as ISO, null when empty, or "invalid". */
export function typedDate(text: string): string | null | 'invalid' {
  const parsed = parseUserDate(text);
  if (parsed.kind === 'empty') return null;
  return parsed.kind === 'date' ? parsed.iso : 'invalid';
}

const CONTENT_ATOMS = new Set<RichNode['type']>(['citation', 'variable', 'talkingPointBlock', 'qaBlock', 'horizontalRule']);

function hasContent(node: RichNode): boolean {
  if (CONTENT_ATOMS.has(node.type)) return true;
  if (node.type === 'text') return (node.text ?? '').trim() !== '';
  return (node.content ?? []).some(hasContent);
}

/** Nothing but empty paragraphs (no text, reference or token). */
export function isEmptyDoc(doc: RichDoc | null): boolean {
  return doc === null || !hasContent(doc);
}

/** An English document that holds nothing is stored as null. */
export function optionalDoc(doc: RichDoc): RichDoc | null {
  return isEmptyDoc(doc) ? null : doc;
}

export function docOrEmpty(doc: RichDoc | null): RichDoc {
  return doc ?? emptyDoc();
}

function isKnownKey(message: string): boolean {
  const [group, name, third, ...rest] = message.split('.');
  if (group === 'validation' && name !== undefined && third === undefined) return Object.hasOwn(vi.validation, name);
  if (group === 'library' && name === 'validation' && third !== undefined && rest.length === 0) return Object.hasOwn(vi.library.validation, third);
  return false;
}

/** Messages by field (the first issue of each), from the server or the same schema on the client; `prefix` is where the fields live in the payload. */
export function fieldMessages(issues: readonly FieldIssue[], prefix: readonly string[] = []): FieldMessages {
  const messages: FieldMessages = {};
  for (const issue of issues) {
    if (prefix.some((segment, index) => issue.path[index] !== segment)) continue;
    const field = issue.path.slice(prefix.length).map(String).join('.');
    if (field === '' || field in messages) continue;
    messages[field] = isKnownKey(issue.message) ? issue.message : 'validation.invalid';
  }
  return messages;
}

/** The message of a field, from its key (a key unknown to this version reads as the generic "invalid value"). */
export function messageOf(t: TFunction, key: string | undefined): string | undefined {
  return key === undefined ? undefined : t(key, { defaultValue: t('validation.invalid') });
}
