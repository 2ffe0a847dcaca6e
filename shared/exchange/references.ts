// Finds what a packet refers to (directives, talking points, Q&A) so an exchange file can carry exactly those documents.
import type { RichNode } from '../model/rich-text.js';
import type { Packet } from '../model/packet.js';
import type { QAItem } from '../model/qa-item.js';
import type { TalkingPoint } from '../model/talking-point.js';

export interface ReferenceSet {
  directiveIds: Set<string>;
  talkingPointIds: Set<string>;
  qaIds: Set<string>;
}

export function emptyReferenceSet(): ReferenceSet {
  return { directiveIds: new Set(), talkingPointIds: new Set(), qaIds: new Set() };
}

/** Adds every id referenced by nodes inside `node` (iteratively: documents can be large). */
export function collectNodeReferences(node: RichNode, into: ReferenceSet): ReferenceSet {
  const stack: RichNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current) break;
    const attrs = current.attrs ?? {};
    if ((current.type === 'citation' || current.type === 'directiveExcerpt') && typeof attrs.directiveId === 'string') {
      into.directiveIds.add(attrs.directiveId);
    } else if (current.type === 'talkingPointBlock' && typeof attrs.talkingPointId === 'string') {
      into.talkingPointIds.add(attrs.talkingPointId);
    } else if (current.type === 'qaBlock' && typeof attrs.qaId === 'string') {
      into.qaIds.add(attrs.qaId);
    }
    if (current.content) stack.push(...current.content);
  }
  return into;
}

/** References made by the packet's own sections. */
export function collectPacketReferences(packet: Pick<Packet, 'sections'>, into: ReferenceSet = emptyReferenceSet()): ReferenceSet {
  for (const section of packet.sections) collectNodeReferences(section.content, into);
  return into;
}

/** References made inside a talking point (message, English message, proof-point sources), every revision included. */
export function collectTalkingPointReferences(point: TalkingPoint, into: ReferenceSet): ReferenceSet {
  for (const content of [point, ...point.revisions]) {
    collectNodeReferences(content.message, into);
    if (content.messageEn) collectNodeReferences(content.messageEn, into);
    for (const proof of content.proofPoints) {
      if (proof.source.kind === 'directive') into.directiveIds.add(proof.source.directiveId);
    }
  }
  return into;
}

/** References made inside a Q&A item's answers (every revision included). */
export function collectQaReferences(item: QAItem, into: ReferenceSet): ReferenceSet {
  for (const content of [item, ...item.revisions]) {
    collectNodeReferences(content.answer, into);
    if (content.answerEn) collectNodeReferences(content.answerEn, into);
  }
  return into;
}
