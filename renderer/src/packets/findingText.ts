// The sentence a preflight or roll-forward finding shows: its code's message with ids replaced by names from the library.
import type { TFunction } from 'i18next';
import type { ReferenceNameTable } from '../../../shared/ipc/features/packets';
import type { Language } from '../../../shared/model/common';
import type { PacketFinding } from '../../../shared/packets/findings';
import { formatDate } from '../i18n/format';

export const EMPTY_NAMES: ReferenceNameTable = { directives: {}, talkingPoints: {}, qaItems: {} };

function text(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(', ');
  return value === undefined || value === null ? '' : String(value);
}

/** The name of the library item a finding is about (a talking point's title, a question, a directive's short citation), else its id. */
function itemName(finding: PacketFinding, names: ReferenceNameTable): string {
  const { code, params } = finding;
  const id = text(params['id']);
  const kind = params['kind'];
  if (kind === 'qa' || code.includes('qa')) return names.qaItems[id] ?? id;
  if (kind === 'talkingPoint' || code.includes('talking_point')) return names.talkingPoints[id] ?? id;
  return id;
}

function directiveName(id: unknown, names: ReferenceNameTable): string {
  const key = text(id);
  return names.directives[key] ?? key;
}

function reviewOverdue(reasons: unknown): boolean {
  return Array.isArray(reasons) && reasons.includes('review_date_passed');
}

/** One translated sentence for a finding; `variableLabels` names a variable as the template labels it ("Địa điểm"). */
export function findingMessage(t: TFunction, finding: PacketFinding, names: ReferenceNameTable, language: Language, variableLabels: ReadonlyMap<string, string> = new Map()): string {
  const { params } = finding;
  const variable = text(params['name']);
  const label = variableLabels.get(variable);
  const values = {
    name: label ? `«${label}» ({{${variable}}})` : `{{${variable}}}`,
    item: itemName(finding, names),
    revision: text(params['revision']),
    inserted: text(params['inserted']),
    current: text(params['current']),
    directive: directiveName(params['directiveId'], names),
    successor: directiveName(params['successorId'], names),
    date: formatDate(text(params['successorEffectiveFrom']) || text(params['effectiveTo']) || null, language),
    before: formatDate(text(params['before']), language) || text(params['before']),
    after: formatDate(text(params['after']), language) || text(params['after']),
    figures: text(params['figures']),
    title: text(params['title']),
    tag: text(params['tag']),
  };
  switch (finding.code) {
    case 'unfilled_variable':
      return t(params['field'] === 'title' ? 'packetChecks.codes.unfilled_variable_title' : 'packetChecks.codes.unfilled_variable', values);
    case 'directive_superseded':
      if (params['pending'] === true) return t('packetChecks.codes.directive_superseded_pending', values);
      return t(params['successorId'] ? 'packetChecks.codes.directive_superseded' : 'packetChecks.codes.directive_superseded_unknown', values);
    case 'directive_expired':
      return t(values.date ? 'packetChecks.codes.directive_expired_on' : 'packetChecks.codes.directive_expired', values);
    case 'date_variable_moved':
      return t(params['moved'] === true ? 'packetChecks.codes.date_variable_moved' : 'packetChecks.codes.date_variable_kept', values);
    case 'stale_talking_point':
      return t(reviewOverdue(params['reasons']) ? 'packetChecks.codes.stale_talking_point_review' : 'packetChecks.codes.stale_talking_point', values);
    case 'stale_qa':
      return t(reviewOverdue(params['reasons']) ? 'packetChecks.codes.stale_qa_review' : 'packetChecks.codes.stale_qa', values);
    default:
      return t(`packetChecks.codes.${finding.code}`, values);
  }
}
