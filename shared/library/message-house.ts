// Message-house checks on one topic: a short primary message, three pillars of three proof points, five sensitive questions answered.
import { wordCount } from '../editor/text.js';
import type { QAItem } from '../model/qa-item.js';
import { plainText } from '../model/rich-text.js';
import type { TalkingPoint } from '../model/talking-point.js';
import { foldVietnamese } from '../text/normalize.js';
import { MESSAGE_HOUSE_RULES, type MessageHouseRules } from './rules.js';

/** A finding the UI words through i18n ("messageHouse.<code>") with its params. */
export type MessageHouseFinding =
  | { code: 'missing_primary'; severity: 'error' }
  | { code: 'several_primaries'; severity: 'warning'; talkingPointIds: string[] }
  | { code: 'primary_too_long'; severity: 'warning'; talkingPointId: string; words: number; max: number }
  | { code: 'too_few_pillars'; severity: 'warning'; pillars: number; min: number }
  | { code: 'pillar_few_proof_points'; severity: 'warning'; talkingPointId: string; proofPoints: number; min: number }
  | { code: 'too_few_sensitive_answers'; severity: 'warning'; answered: number; min: number };

export type MessageHouseCode = MessageHouseFinding['code'];

export interface MessageHouse {
  topic: string;
  primary: TalkingPoint[];
  pillars: TalkingPoint[];
  /** Sensitive questions of the topic with a drafted (non-empty) answer. */
  answeredSensitive: QAItem[];
  findings: MessageHouseFinding[];
}

/** Topics match without regard to case, diacritics or spacing ("Quyen con nguoi" is "Quyền con người"). */
export function topicKey(topic: string): string {
  return foldVietnamese(topic).replace(/\s+/gu, ' ').trim();
}

/**
 * Builds the message house of `topic` from the talking points and Q&A items whose topic matches, and checks it.
 * Words are whitespace-separated tokens of the primary message, as the editor's word count reads them (a lone dash is
 * not a word). Proof points count when they have text; questions count when sensitive and their answer has text.
 */
export function checkMessageHouse(
  topic: string,
  library: { talkingPoints: Iterable<TalkingPoint>; qaItems: Iterable<QAItem> },
  rules: MessageHouseRules = MESSAGE_HOUSE_RULES,
): MessageHouse {
  const key = topicKey(topic);
  const points = [...library.talkingPoints].filter((p) => topicKey(p.topic) === key);
  const primary = points.filter((p) => p.houseRole === 'primary');
  const pillars = points.filter((p) => p.houseRole === 'pillar');
  const answeredSensitive = [...library.qaItems].filter((q) => topicKey(q.topic) === key && q.sensitivity === 'sensitive' && plainText(q.answer).trim() !== '');
  const findings: MessageHouseFinding[] = [];

  if (primary.length === 0) findings.push({ code: 'missing_primary', severity: 'error' });
  if (primary.length > 1) findings.push({ code: 'several_primaries', severity: 'warning', talkingPointIds: primary.map((p) => p.id) });
  for (const point of primary) {
    const words = wordCount(point.message);
    if (words > rules.maxPrimaryWords) findings.push({ code: 'primary_too_long', severity: 'warning', talkingPointId: point.id, words, max: rules.maxPrimaryWords });
  }
  if (pillars.length < rules.minPillars) findings.push({ code: 'too_few_pillars', severity: 'warning', pillars: pillars.length, min: rules.minPillars });
  for (const pillar of pillars) {
    const proofPoints = pillar.proofPoints.filter((p) => p.text.trim() !== '').length;
    if (proofPoints < rules.minProofPointsPerPillar) {
      findings.push({ code: 'pillar_few_proof_points', severity: 'warning', talkingPointId: pillar.id, proofPoints, min: rules.minProofPointsPerPillar });
    }
  }
  if (answeredSensitive.length < rules.minSensitiveAnswers) {
    findings.push({ code: 'too_few_sensitive_answers', severity: 'warning', answered: answeredSensitive.length, min: rules.minSensitiveAnswers });
  }
  return { topic, primary, pillars, answeredSensitive, findings };
}
