// What the insert pickers list (directives, excerpts, talking points, Q&A, variables) and the diacritics-insensitive filter over them.
import { format } from '../../../../shared/citations';
import { rankable, rankDirectives, type Rankable } from '../../../../shared/directives/ranking';
import { plainText } from '../../../../shared/model/rich-text';
import type { Directive } from '../../../../shared/model/directive';
import type { QAItem } from '../../../../shared/model/qa-item';
import type { TalkingPoint } from '../../../../shared/model/talking-point';

export type PickerTone = 'ok' | 'warning' | 'muted';

export interface PickerItem {
  id: string;
  title: string;
  detail: string;
  /** Short badges: status, approval, sensitivity. */
  badges: Array<{ text: string; tone: PickerTone }>;
  /** What the query is matched and ranked against (a directive's symbol and number, the item's words). */
  search: Rankable;
}

/** Shown at most; typing narrows the list. */
export const PICKER_LIMIT = 60;

const SNIPPET = 160;

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SNIPPET ? `${flat.slice(0, SNIPPET).trimEnd()}…` : flat;
}

/**
 * Items with every word of the query at a word start ("quyen con" finds "Quyền con người", "57-kl" not 157-KL/TW),
 * ranked like every directive picker: the exact symbol first ("57 KL/TW" → 57-KL/TW, not a document citing it), then
 * symbol prefixes, numbers, words; an empty query lists the first items.
 */
export function filterItems<T extends Pick<PickerItem, 'search'>>(items: readonly T[], query: string): T[] {
  if (query.trim() === '') return items.slice(0, PICKER_LIMIT);
  return rankDirectives(items, query, (item) => item.search, PICKER_LIMIT);
}

const NO_SYMBOL = { symbol: '', number: '' } as const;

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
    return { id: directive.id, title: short, detail: full, badges: [{ text: labels.status(directive.status), tone }], search: rankable(directive, [directive.symbol, short, full, directive.tags.join(' ')]) };
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
      items.push({ id: `${directive.id}|${excerpt.id}`, title, detail: snippet(excerpt.text), badges: [{ text: labels.status(directive.status), tone }], search: rankable(directive, [directive.symbol, short, excerpt.reference, excerpt.text]) });
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
    return { id: point.id, title: point.title, detail: snippet(message), badges, search: rankable({ ...NO_SYMBOL, title: point.title }, [message, point.topic, point.tags.join(' ')]) };
  });
}

export function qaItems(items: Iterable<QAItem>, labels: Labels): PickerItem[] {
  return [...items].map((item) => {
    const approved = item.approval.status === 'approved';
    const badges: PickerItem['badges'] = [{ text: approved ? labels.approved : labels.draft, tone: approved ? 'ok' : 'warning' }];
    if (item.sensitivity === 'sensitive') badges.push({ text: labels.sensitive, tone: 'warning' });
    if (item.kind === 'rebuttal') badges.push({ text: labels.rebuttal, tone: 'muted' });
    const answer = plainText(item.answer);
    return { id: item.id, title: item.question, detail: snippet(answer), badges, search: rankable({ ...NO_SYMBOL, title: item.question }, [answer, item.outlet, item.topic, item.tags.join(' ')]) };
  });
}

export function variableItems(names: readonly string[], labelOf: (name: string) => string, valueOf: (name: string) => string): PickerItem[] {
  return names.map((name) => ({ id: name, title: `{{${name}}}`, detail: [labelOf(name), valueOf(name)].filter(Boolean).join(' — '), badges: [], search: rankable(NO_SYMBOL, [name, labelOf(name), valueOf(name)]) }));
}
