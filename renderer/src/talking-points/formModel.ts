// The talking point form's values (what the inputs hold) and their conversion to validated talking point fields.
import { issuesFromZod } from '../../../shared/ipc/errors';
import type { Audience } from '../../../shared/model/common';
import { newId } from '../../../shared/model/ids';
import { emptyDoc, type RichDoc } from '../../../shared/model/rich-text';
import { talkingPointFieldsSchema, type ProofPoint, type TalkingPoint, type TalkingPointFields } from '../../../shared/model/talking-point';
import { dateText, docOrEmpty, isEmptyDoc, fieldMessages, formatTags, optionalDoc, parseTags, typedDate, type FieldMessages } from './formCommon';

export type SourceKind = 'directive' | 'report' | 'none';

export interface ProofPointDraft {
  id: string;
  text: string;
  textEn: string;
  sourceKind: SourceKind;
  directiveId: string;
  excerptId: string;
  /** Pinpoint or quoted passage of the directive. */
  excerpt: string;
  reportName: string;
  /** As typed ("15/6/2023"). */
  reportDate: string;
}

export interface TalkingPointFormValues {
  title: string;
  message: RichDoc;
  messageEn: RichDoc;
  proofPoints: ProofPointDraft[];
  audience: Audience;
  topic: string;
  houseRole: TalkingPointFields['houseRole'];
  tags: string;
  reviewBy: string;
  notes: string;
}

export function emptyProofPoint(): ProofPointDraft {
  return { id: newId(), text: '', textEn: '', sourceKind: 'directive', directiveId: '', excerptId: '', excerpt: '', reportName: '', reportDate: '' };
}

export function emptyTalkingPointForm(): TalkingPointFormValues {
  return { title: '', message: emptyDoc(), messageEn: emptyDoc(), proofPoints: [], audience: 'domestic_press', topic: '', houseRole: 'none', tags: '', reviewBy: '', notes: '' };
}

function proofPointDraft(point: ProofPoint): ProofPointDraft {
  const draft = { ...emptyProofPoint(), id: point.id, text: point.text, textEn: point.textEn, sourceKind: point.source.kind };
  if (point.source.kind === 'directive') return { ...draft, directiveId: point.source.directiveId, excerptId: point.source.excerptId ?? '', excerpt: point.source.excerpt };
  if (point.source.kind === 'report') return { ...draft, reportName: point.source.name, reportDate: dateText(point.source.date) };
  return draft;
}

export function talkingPointForm(point: TalkingPoint): TalkingPointFormValues {
  return {
    title: point.title,
    message: point.message,
    messageEn: docOrEmpty(point.messageEn),
    proofPoints: point.proofPoints.map(proofPointDraft),
    audience: point.audience,
    topic: point.topic,
    houseRole: point.houseRole,
    tags: formatTags(point.tags),
    reviewBy: dateText(point.reviewBy),
    notes: point.notes,
  };
}

function proofPointInput(draft: ProofPointDraft, index: number, errors: FieldMessages): unknown {
  const base = { id: draft.id, text: draft.text, textEn: draft.textEn };
  if (draft.sourceKind === 'directive') {
    if (!draft.directiveId) errors[`proofPoints.${index}.source.directiveId`] = 'library.validation.chooseDirective';
    return { ...base, source: { kind: 'directive', directiveId: draft.directiveId, excerptId: draft.excerptId || null, excerpt: draft.excerpt } };
  }
  if (draft.sourceKind === 'report') {
    const date = typedDate(draft.reportDate);
    if (date === 'invalid') errors[`proofPoints.${index}.source.date`] = 'validation.date';
    return { ...base, source: { kind: 'report', name: draft.reportName, date: date === 'invalid' ? null : date } };
  }
  return { ...base, source: { kind: 'none' } };
}

/** The values as talking point fields, or the messages of the fields to correct. */
export function talkingPointFields(values: TalkingPointFormValues): { fields: TalkingPointFields } | { errors: FieldMessages } {
  const errors: FieldMessages = {};
  const reviewBy = typedDate(values.reviewBy);
  if (reviewBy === 'invalid') errors['reviewBy'] = 'validation.date';
  if (isEmptyDoc(values.message)) errors['message'] = 'validation.required';
  const input = {
    title: values.title,
    message: values.message,
    messageEn: optionalDoc(values.messageEn),
    proofPoints: values.proofPoints.map((draft, index) => proofPointInput(draft, index, errors)),
    audience: values.audience,
    topic: values.topic,
    houseRole: values.houseRole,
    tags: parseTags(values.tags),
    reviewBy: reviewBy === 'invalid' ? null : reviewBy,
    notes: values.notes,
  };
  const parsed = talkingPointFieldsSchema.safeParse(input);
  const all = { ...(parsed.success ? {} : fieldMessages(issuesFromZod(parsed.error))), ...errors };
  if (Object.keys(all).length > 0 || !parsed.success) return { errors: all };
  return { fields: parsed.data };
}
