// Rules of the talking-point and Q&A library and of templates: approval and revisions, staleness, message house, template checks.
export { approve, edit, changedContentFields, defaultReviewBy, type ApproveOptions, type LibraryItemChanges } from './approval.js';
export {
  QA_CONTENT_FIELDS,
  TALKING_POINT_CONTENT_FIELDS,
  directivesCitedBy,
  isRevisionApproved,
  isTalkingPoint,
  qaRevision,
  talkingPointRevision,
  type LibraryItem,
  type QAContent,
  type TalkingPointContent,
} from './content.js';
export { comparableText, type ReferenceNames } from './doc-text.js';
export { checkMessageHouse, topicKey, type MessageHouse, type MessageHouseCode, type MessageHouseFinding } from './message-house.js';
export { compareRevisions, type CompareOptions, type FieldDiff, type RevisionField } from './revisions.js';
export { DEFAULT_REVIEW_DAYS, MESSAGE_HOUSE_RULES, type MessageHouseRules } from './rules.js';
export { directiveProblem, isCurrentReason, isStale, staleReasons, type DirectiveLookup, type StaleReason, type StaleReasonCode } from './staleness.js';
export { dueDatesIn, duplicateTemplate, validateTemplate, type DueDate, type TemplateDraft, type TemplateFinding, type TemplateFindingCode, type TemplateLocation } from './templates.js';
export { diffWords, hasChanges, type DiffOp, type DiffPart } from './word-diff.js';
