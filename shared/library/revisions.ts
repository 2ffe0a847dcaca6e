// Comparison of two revisions of a talking point or Q&A item: one word diff of readable text per content field.
import type { ProofPoint, ProofSource } from '../model/talking-point.js';
import { numericVietnameseDate } from './calendar.js';
import type { QAContent, TalkingPointContent } from './content.js';
import { comparableText, type ReferenceNames } from './doc-text.js';
import { diffWords, hasChanges, type DiffPart } from './word-diff.js';

export type RevisionField = 'title' | 'message' | 'messageEn' | 'proofPoints' | 'proofPointsEn' | 'question' | 'questionEn' | 'answer' | 'answerEn' | 'bridgingLines';

export interface FieldDiff {
  field: RevisionField;
  changed: boolean;
  parts: DiffPart[];
}

/** How citations and sources are named in the compared text (the short citation of a directive); ids by default. */
export type CompareOptions = ReferenceNames;

function sourceText(source: ProofSource, directiveName: (id: string) => string): string {
  switch (source.kind) {
    case 'directive':
      return [source.excerpt.trim(), directiveName(source.directiveId)].filter(Boolean).join(' ');
    case 'report':
      return source.date ? `${source.name}, ${numericVietnameseDate(source.date)}` : source.name;
    case 'none':
      return '';
  }
}

/** One line per proof point: its text, then its source in parentheses. */
function proofPointsText(points: readonly ProofPoint[], english: boolean, directiveName: (id: string) => string): string {
  return points
    .map((point) => {
      const text = english ? point.textEn : point.text;
      const source = sourceText(point.source, directiveName);
      return source ? `${text} (${source})` : text;
    })
    .filter((line) => line.trim())
    .join('\n');
}

function fieldDiff(field: RevisionField, before: string, after: string): FieldDiff {
  const parts = diffWords(before, after);
  return { field, changed: hasChanges(parts), parts };
}

function isTalkingPointContent(content: TalkingPointContent | QAContent): content is TalkingPointContent {
  return 'proofPoints' in content;
}

/** Field-by-field word diff from revision `a` to revision `b` (both of one talking point, or both of one Q&A item). */
export function compareRevisions(a: TalkingPointContent, b: TalkingPointContent, options?: CompareOptions): FieldDiff[];
export function compareRevisions(a: QAContent, b: QAContent, options?: CompareOptions): FieldDiff[];
export function compareRevisions(a: TalkingPointContent | QAContent, b: TalkingPointContent | QAContent, options: CompareOptions = {}): FieldDiff[] {
  const name = options.directiveName ?? ((id: string) => id);
  const docText = (doc: Parameters<typeof comparableText>[0]): string => comparableText(doc, options);
  if (isTalkingPointContent(a) && isTalkingPointContent(b)) {
    return [
      fieldDiff('title', a.title, b.title),
      fieldDiff('message', docText(a.message), docText(b.message)),
      fieldDiff('messageEn', docText(a.messageEn), docText(b.messageEn)),
      fieldDiff('proofPoints', proofPointsText(a.proofPoints, false, name), proofPointsText(b.proofPoints, false, name)),
      fieldDiff('proofPointsEn', proofPointsText(a.proofPoints, true, name), proofPointsText(b.proofPoints, true, name)),
    ];
  }
  if (!isTalkingPointContent(a) && !isTalkingPointContent(b)) {
    return [
      fieldDiff('question', a.question, b.question),
      fieldDiff('questionEn', a.questionEn, b.questionEn),
      fieldDiff('answer', docText(a.answer), docText(b.answer)),
      fieldDiff('answerEn', docText(a.answerEn), docText(b.answerEn)),
      fieldDiff('bridgingLines', a.bridgingLines.join('\n'), b.bridgingLines.join('\n')),
    ];
  }
  throw new TypeError('compareRevisions needs two revisions of the same kind of item');
}
