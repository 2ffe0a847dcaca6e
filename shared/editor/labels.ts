// Attribute types of the reference nodes and the text they show when copied out of the editor (plain text and HTML).
import type { z } from 'zod';
import type { NODE_ATTRS } from './nodes.js';

export type CitationAttrs = z.infer<typeof NODE_ATTRS.citation>;
export type VariableAttrs = z.infer<typeof NODE_ATTRS.variable>;
export type TalkingPointBlockAttrs = z.infer<typeof NODE_ATTRS.talkingPointBlock>;
export type QaBlockAttrs = z.infer<typeof NODE_ATTRS.qaBlock>;
export type DirectiveExcerptAttrs = z.infer<typeof NODE_ATTRS.directiveExcerpt>;

/**
 * Text written for a reference node when a selection is copied as text or HTML. The renderer passes labels that resolve
 * the library (a formatted citation, a talking point's title); the defaults below only name the reference.
 */
export interface ReferenceLabels {
  citation(attrs: CitationAttrs): string;
  variable(attrs: VariableAttrs): string;
  talkingPoint(attrs: TalkingPointBlockAttrs): string;
  qa(attrs: QaBlockAttrs): string;
}

export const DEFAULT_REFERENCE_LABELS: ReferenceLabels = {
  citation: ({ directiveId, pinpoint }) => (pinpoint ? `[${pinpoint}, ${directiveId}]` : `[${directiveId}]`),
  variable: ({ name }) => `{{${name}}}`,
  talkingPoint: ({ talkingPointId, revision }) => `[${talkingPointId} r${revision}]`,
  qa: ({ qaId, revision }) => `[${qaId} r${revision}]`,
};
