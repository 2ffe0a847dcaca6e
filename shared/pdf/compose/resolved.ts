// The exporter's input: a packet whose references (directives, talking points, Q&A) are looked up and cited.
import type { PacketExchange, ExchangeAgency } from '../../exchange/schema.js';
import type { Directive } from '../../model/directive.js';
import type { Packet } from '../../model/packet.js';
import type { QAItem } from '../../model/qa-item.js';
import type { TalkingPoint } from '../../model/talking-point.js';
import type { Template } from '../../model/template.js';

export type CitationStyle = 'full' | 'short' | 'basis' | 'en';
/** Writes a directive as a citation; the app passes `format` from shared/citations. */
export type CitationFormatter = (directive: Directive, style: CitationStyle) => string;

export interface ResolvedDirective {
  directive: Directive;
  citation: Readonly<Record<CitationStyle, string>>;
}

export interface ResolvedPacket {
  packet: Packet;
  template: Template | null;
  agency: ExchangeAgency;
  directives: ReadonlyMap<string, ResolvedDirective>;
  talkingPoints: ReadonlyMap<string, TalkingPoint>;
  qaItems: ReadonlyMap<string, QAItem>;
}

const STYLES: readonly CitationStyle[] = ['full', 'short', 'basis', 'en'];

/** Looks up every library document the packet file carries and writes each directive's citations once. */
export function resolvePacket(file: PacketExchange, formatCitation: CitationFormatter): ResolvedPacket {
  const directives = new Map<string, ResolvedDirective>();
  for (const directive of file.directives) {
    const citation = Object.fromEntries(STYLES.map((style) => [style, formatCitation(directive, style).normalize('NFC')])) as Record<CitationStyle, string>;
    directives.set(directive.id, { directive, citation });
  }
  return {
    packet: file.packet,
    template: file.template,
    agency: file.agency,
    directives,
    talkingPoints: new Map(file.talkingPoints.map((p) => [p.id, p])),
    qaItems: new Map(file.qaItems.map((q) => [q.id, q])),
  };
}

/** The content of a talking point as it was when inserted (the revision named by the block), and whether it changed since. */
export function talkingPointAt(point: TalkingPoint, revision: number): { content: Pick<TalkingPoint, 'title' | 'message' | 'messageEn' | 'proofPoints'>; changed: boolean } {
  if (point.revision === revision) return { content: point, changed: false };
  const frozen = point.revisions.find((r) => r.revision === revision);
  return { content: frozen ?? point, changed: true };
}

/** The content of a Q&A item as it was when inserted, and whether it changed since. */
export function qaAt(item: QAItem, revision: number): { content: Pick<QAItem, 'question' | 'questionEn' | 'answer' | 'answerEn' | 'bridgingLines'>; changed: boolean } {
  if (item.revision === revision) return { content: item, changed: false };
  const frozen = item.revisions.find((r) => r.revision === revision);
  return { content: frozen ?? item, changed: true };
}
