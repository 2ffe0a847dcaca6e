// What is searchable in each stored item: directives, talking points, Q&A and templates/packets (one document per section).
import type { Directive, Packet, QAItem, RichDoc, TalkingPoint, Template } from '../model/index.js';
import { plainText } from '../model/rich-text.js';
import { tagSlug } from './analyze.js';

export const SEARCH_KINDS = ['directive', 'talkingPoint', 'qaItem', 'template', 'packet'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Indexed fields, in the order a snippet prefers them when several matched (body first: it gives context). */
export const SEARCH_FIELDS = ['body', 'title', 'symbol', 'tags', 'type', 'issuer', 'topic', 'outlet'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** How much a match in each field counts. A symbol match puts the cited document first. */
export const FIELD_BOOSTS: Readonly<Record<SearchField, number>> = {
  symbol: 8,
  title: 4,
  tags: 3,
  type: 2,
  issuer: 2,
  topic: 2,
  outlet: 2,
  body: 1,
};

/** One indexed unit. An item yields one, or (templates, packets) one for its heading plus one per section. */
export interface SearchDocument {
  /** "packet/<id>/<sectionId>", "directive/<id>". */
  id: string;
  kind: SearchKind;
  /** The stored item's id. */
  ref: string;
  sectionId: string | null;
  /** The item's updatedAt: a persisted index is brought up to date by comparing stamps. */
  stamp: string;
  /** What the palette shows as the result's title. */
  title: string;
  /** Second line: type and symbol of a directive, topic, outlet, or the matched section's title. */
  subtitle: string;
  fields: Partial<Record<SearchField, string>>;
}

export function itemKey(kind: SearchKind, ref: string): string {
  return `${kind}/${ref}`;
}

function documentId(kind: SearchKind, ref: string, sectionId: string | null): string {
  return sectionId === null ? itemKey(kind, ref) : `${itemKey(kind, ref)}/${sectionId}`;
}

function joined(...parts: Array<string | null | undefined>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n');
}

function rich(doc: RichDoc | null): string {
  return doc ? plainText(doc) : '';
}

function tags(list: readonly string[]): string {
  return list.map(tagSlug).join(' ');
}

function single(kind: SearchKind, item: { id: string; updatedAt: string }, rest: Pick<SearchDocument, 'title' | 'subtitle' | 'fields'>): SearchDocument {
  return { id: documentId(kind, item.id, null), kind, ref: item.id, sectionId: null, stamp: item.updatedAt, ...rest };
}

export function directiveDocuments(d: Directive): SearchDocument[] {
  const heading = [d.type, d.symbol].filter((part) => part !== '').join(' ');
  return [
    single('directive', d, {
      title: d.title || heading,
      subtitle: heading,
      fields: {
        symbol: d.symbol,
        type: d.type,
        issuer: joined(d.issuer, d.issuerTerm ? `khóa ${d.issuerTerm}` : null),
        title: joined(d.title, d.titleEn),
        tags: tags(d.tags),
        body: joined(...d.excerpts.map((e) => joined(e.reference, e.text)), d.notes),
      },
    }),
  ];
}

export function talkingPointDocuments(tp: TalkingPoint): SearchDocument[] {
  return [
    single('talkingPoint', tp, {
      title: tp.title,
      subtitle: tp.topic,
      fields: {
        title: tp.title,
        topic: tp.topic,
        tags: tags(tp.tags),
        body: joined(
          rich(tp.message),
          rich(tp.messageEn),
          ...tp.proofPoints.map((p) => joined(p.text, p.textEn, p.source.kind === 'report' ? p.source.name : null)),
          tp.notes,
        ),
      },
    }),
  ];
}

export function qaDocuments(qa: QAItem): SearchDocument[] {
  return [
    single('qaItem', qa, {
      title: qa.question,
      subtitle: [qa.topic, qa.outlet].filter((part) => part !== '').join(' · '),
      fields: {
        title: joined(qa.question, qa.questionEn),
        topic: qa.topic,
        outlet: qa.outlet,
        tags: tags(qa.tags),
        body: joined(rich(qa.answer), rich(qa.answerEn), ...qa.bridgingLines, qa.notes),
      },
    }),
  ];
}

interface Section {
  id: string;
  title: string;
  titleEn?: string;
  guidance: string;
  content: RichDoc;
}

function sectioned(kind: 'template' | 'packet', item: { id: string; updatedAt: string }, title: string, head: string, sections: readonly Section[]): SearchDocument[] {
  const base = { kind, ref: item.id, stamp: item.updatedAt, title };
  return [
    { ...base, id: documentId(kind, item.id, null), sectionId: null, subtitle: '', fields: { title, body: head } },
    ...sections.map((s) => ({
      ...base,
      id: documentId(kind, item.id, s.id),
      sectionId: s.id,
      subtitle: s.title,
      fields: { title: joined(s.title, s.titleEn), body: joined(rich(s.content), s.guidance) },
    })),
  ];
}

export function templateDocuments(t: Template): SearchDocument[] {
  const name = [t.name, t.nameEn].filter((part) => part !== '').join(' / ');
  return sectioned('template', t, name, joined(t.documentTitle, t.description), t.sections);
}

export function packetDocuments(p: Packet): SearchDocument[] {
  return sectioned('packet', p, p.title, joined(p.documentNumber, ...Object.values(p.variables)), p.sections);
}
