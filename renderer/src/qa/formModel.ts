// The Q&A form's values (what the inputs hold) and their conversion to validated Q&A fields.
import { issuesFromZod } from '../../../shared/ipc/errors';
import type { Audience } from '../../../shared/model/common';
import { qaFieldsSchema, type QAFields, type QAItem } from '../../../shared/model/qa-item';
import { emptyDoc, type RichDoc } from '../../../shared/model/rich-text';
import { dateText, docOrEmpty, fieldMessages, formatTags, optionalDoc, parseTags, typedDate, type FieldMessages } from '../talking-points/formCommon';

export interface QaFormValues {
  question: string;
  questionEn: string;
  answer: RichDoc;
  answerEn: RichDoc;
  /** One line per bridging line. */
  bridgingLines: string[];
  kind: QAFields['kind'];
  sensitivity: QAFields['sensitivity'];
  talkingPointIds: string[];
  directiveIds: string[];
  outlet: string;
  audience: Audience;
  topic: string;
  tags: string;
  reviewBy: string;
  notes: string;
}

export function emptyQaForm(): QaFormValues {
  return {
    question: '',
    questionEn: '',
    answer: emptyDoc(),
    answerEn: emptyDoc(),
    bridgingLines: [],
    kind: 'question',
    sensitivity: 'routine',
    talkingPointIds: [],
    directiveIds: [],
    outlet: '',
    audience: 'domestic_press',
    topic: '',
    tags: '',
    reviewBy: '',
    notes: '',
  };
}

export function qaForm(item: QAItem): QaFormValues {
  return {
    question: item.question,
    questionEn: item.questionEn,
    answer: item.answer,
    answerEn: docOrEmpty(item.answerEn),
    bridgingLines: item.bridgingLines,
    kind: item.kind,
    sensitivity: item.sensitivity,
    talkingPointIds: item.talkingPointIds,
    directiveIds: item.directiveIds,
    outlet: item.outlet,
    audience: item.audience,
    topic: item.topic,
    tags: formatTags(item.tags),
    reviewBy: dateText(item.reviewBy),
    notes: item.notes,
  };
}

/** The values as Q&A fields (empty bridging lines dropped), or the messages of the fields to correct. */
export function qaFields(values: QaFormValues): { fields: QAFields } | { errors: FieldMessages } {
  const errors: FieldMessages = {};
  const reviewBy = typedDate(values.reviewBy);
  if (reviewBy === 'invalid') errors['reviewBy'] = 'validation.date';
  const input = {
    ...values,
    answerEn: optionalDoc(values.answerEn),
    bridgingLines: values.bridgingLines.map((line) => line.trim()).filter(Boolean),
    tags: parseTags(values.tags),
    reviewBy: reviewBy === 'invalid' ? null : reviewBy,
  };
  const parsed = qaFieldsSchema.safeParse(input);
  const all = { ...(parsed.success ? {} : fieldMessages(issuesFromZod(parsed.error))), ...errors };
  if (Object.keys(all).length > 0 || !parsed.success) return { errors: all };
  return { fields: parsed.data };
}
