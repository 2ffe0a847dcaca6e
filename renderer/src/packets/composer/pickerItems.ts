// What the insert pickers list (directives, excerpts, talking points, Q&A, variables) and the diacritics-insensitive filter over them.
import { format } from '../../../../shared/citations';
import { plainText } from '../../../../shared/model/rich-text';
import type { Directive } from '../../../../shared/model/directive';
import type { QAItem } from '../../../../shared/model/qa-item';
import type { TalkingPoint } from '../../../../shared/model/talking-point';
import { foldVietnamese } from '../../../../shared/text/normalize';

export type PickerTone = 'ok' | 'warning' | 'muted';

export interface PickerItem {
  id: string;
  title: string;
  detail: string;
  /** Short badges: status, approval, sensitivity. */
  badges: Array<{ text: string; tone: PickerTone }>;
  /** Folded text the query is matched against. */
  folded: string;
}

/** Shown at most; typing narrows the list. */
export const PICKER_LIMIT = 60;

const SNIPPET = 160;
/** Spaces, quotes, brackets and list punctuation separate words (hyphens and slashes belong to symbols: 57-KL/TW). */
const SEPARATORS = /[\s"“”'‘’()[\]«»,;:]+/u;

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SNIPPET ? `${flat.slice(0, SNIPPET).trimEnd()}…` : flat;
}

/** Items whose folded text has every folded word of the query at a word start ("quyen con" finds "Quyền con người", "57-kl" not 157-KL/TW). */
export function filterItems<T extends Pick<PickerItem, 'folded'>>(items: readonly T[], query: string): T[] {
  const words = foldVietnamese(query.normalize('NFC')).split(SEPARATORS).filter(Boolean);
  if (words.length === 0) return items.slice(0, PICKER_LIMIT);
  const matches: T[] = [];
  for (const item of items) {
    if (words.every((word) => item.folded.includes(` ${word}`))) {
      matches.push(item);
      if (matches.length >= PICKER_LIMIT) break;
    }
  }
  return matches;
}

/** Folded text with a space before every word (quotes and brackets count as spaces), so matching is at word starts. */
function fold(...parts: string[]): string {
  return ` ${foldVietnamese(parts.join(' ')).split(SEPARATORS).join(' ')}`;
}

export interface Labels {
  status(status: Directive['status']): string;
  approved: string;
  draft: string;
  sensitive: string;
  internal: string;
  rebuttal: string;
}

export function directiveItems(directives: Iterable<Directive>, labels: Labels): PickerItem[] {
  return [...directives].map((directive) => {
    const short = format(directive, 'short');
    const full = format(directive, 'full');
    const tone: PickerTone = directive.status === 'in_force' || directive.status === 'amended' ? 'ok' : 'warning';
    return { id: directive.id, title: short, detail: full, badges: [{ text: labels.status(directive.status), tone }], folded: fold(directive.symbol, short, full, directive.tags.join(' ')) };
  });
}

/** One item per excerpt of every directive: "id|excerptId". */
export function excerptItems(directives: Iterable<Directive>, labels: Labels): PickerItem[] {
  const items: PickerItem[] = [];
  for (const directive of directives) {
    const short = format(directive, 'short');
    for (const excerpt of directive.excerpts) {
      const title = excerpt.reference ? `${short} – ${excerpt.reference}` : short;
      const tone: PickerTone = directive.status === 'in_force' || directive.status === 'amended' ? 'ok' : 'warning';
      items.push({ id: `${directive.id}|${excerpt.id}`, title, detail: snippet(excerpt.text), badges: [{ text: labels.status(directive.status), tone }], folded: fold(directive.symbol, short, excerpt.reference, excerpt.text) });
    }
  }
  return items;
}

export function talkingPointItems(points: Iterable<TalkingPoint>, labels: Labels): PickerItem[] {
  return [...points].map((point) => {
    const approved = point.approval.status === 'approved';
    const badges: PickerItem['badges'] = [{ text: approved ? labels.approved : labels.draft, tone: approved ? 'ok' : 'warning' }];
    if (point.audience === 'internal') badges.push({ text: labels.internal, tone: 'muted' });
    const message = plainText(point.message);
    return { id: point.id, title: point.title, detail: snippet(message), badges, folded: fold(point.title, message, point.topic, point.tags.join(' ')) };
  });
}

export function qaItems(items: Iterable<QAItem>, labels: Labels): PickerItem[] {
  return [...items].map((item) => {
    const approved = item.approval.status === 'approved';
    const badges: PickerItem['badges'] = [{ text: approved ? labels.approved : labels.draft, tone: approved ? 'ok' : 'warning' }];
    if (item.sensitivity === 'sensitive') badges.push({ text: labels.sensitive, tone: 'warning' });
    if (item.kind === 'rebuttal') badges.push({ text: labels.rebuttal, tone: 'muted' });
    const answer = plainText(item.answer);
    return { id: item.id, title: item.question, detail: snippet(answer), badges, folded: fold(item.question, answer, item.outlet, item.topic, item.tags.join(' ')) };
  });
}

export function variableItems(names: readonly string[], labelOf: (name: string) => string, valueOf: (name: string) => string): PickerItem[] {
  return names.map((name) => ({ id: name, title: `{{${name}}}`, detail: [labelOf(name), valueOf(name)].filter(Boolean).join(' — '), badges: [], folded: fold(name, labelOf(name), valueOf(name)) }));
}
