// Cross-reference checks over bundled content: every directive, excerpt, talking point, Q&A item, template section and variable a document names must exist.
import type { Directive, Packet, QAItem, RichDoc, TalkingPoint, Template } from '../model/index.js';
import type { BundledContent } from './bundle.js';
import { collectReferences, placeholdersIn } from './references.js';

export interface ContentProblem {
  /** Which document and field: "packet sample-packet… › section pk-tinh-hinh". */
  where: string;
  message: string;
}

interface Library {
  directives: Map<string, Directive>;
  talkingPoints: Map<string, TalkingPoint>;
  qaItems: Map<string, QAItem>;
}

function byId<T extends { id: string }>(items: readonly T[], kind: string, problems: ContentProblem[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) problems.push({ where: `${kind} ${item.id}`, message: 'duplicate id' });
    map.set(item.id, item);
  }
  return map;
}

function hasRevision(doc: { revision: number; revisions: ReadonlyArray<{ revision: number }> }, revision: number): boolean {
  return revision === doc.revision || doc.revisions.some((r) => r.revision === revision);
}

function checkExcerpt(lib: Library, directiveId: string, excerptId: string | null, where: string, problems: ContentProblem[]): Directive | null {
  const directive = lib.directives.get(directiveId);
  if (!directive) {
    problems.push({ where, message: `unknown directive ${directiveId}` });
    return null;
  }
  if (excerptId !== null && !directive.excerpts.some((e) => e.id === excerptId)) {
    problems.push({ where, message: `directive ${directiveId} has no excerpt ${excerptId}` });
  }
  return directive;
}

/** Checks every reference inside one rich-text document; `variables` is the set of names the document may use, or null when it may use none. */
function checkRichText(doc: RichDoc, where: string, lib: Library, variables: ReadonlySet<string> | null, problems: ContentProblem[]): void {
  const refs = collectReferences(doc);
  for (const citation of refs.citations) checkExcerpt(lib, citation.directiveId, null, `${where} › citation`, problems);
  for (const quote of refs.excerpts) {
    const directive = checkExcerpt(lib, quote.directiveId, quote.excerptId, `${where} › excerpt`, problems);
    const excerpt = directive?.excerpts.find((e) => e.id === quote.excerptId);
    if (excerpt && quote.quotedText.trim() !== '' && quote.quotedText.trim() !== excerpt.text.trim()) {
      problems.push({ where: `${where} › excerpt ${excerpt.id}`, message: 'quoted text differs from the directive excerpt' });
    }
  }
  for (const block of refs.talkingPoints) {
    const point = lib.talkingPoints.get(block.talkingPointId);
    if (!point) problems.push({ where, message: `unknown talking point ${block.talkingPointId}` });
    else if (!hasRevision(point, block.revision)) problems.push({ where, message: `talking point ${point.id} has no revision ${block.revision}` });
  }
  for (const block of refs.qaItems) {
    const item = lib.qaItems.get(block.qaId);
    if (!item) problems.push({ where, message: `unknown Q&A item ${block.qaId}` });
    else if (!hasRevision(item, block.revision)) problems.push({ where, message: `Q&A item ${item.id} has no revision ${block.revision}` });
  }
  for (const name of refs.variables) {
    if (!variables?.has(name)) problems.push({ where, message: `variable ${name} is not declared` });
  }
}

function checkPlaceholders(text: string, where: string, variables: ReadonlySet<string>, problems: ContentProblem[]): void {
  for (const name of placeholdersIn(text)) {
    if (!variables.has(name)) problems.push({ where, message: `placeholder {{${name}}} is not a declared variable` });
  }
}

function checkDirectives(lib: Library, problems: ContentProblem[]): void {
  for (const directive of lib.directives.values()) {
    const where = `directive ${directive.id}`;
    const excerptIds = new Set<string>();
    for (const excerpt of directive.excerpts) {
      if (excerptIds.has(excerpt.id)) problems.push({ where, message: `duplicate excerpt id ${excerpt.id}` });
      excerptIds.add(excerpt.id);
    }
    if (directive.supersededBy !== null) {
      if (directive.supersededBy === directive.id) problems.push({ where, message: 'superseded by itself' });
      else if (!lib.directives.has(directive.supersededBy)) problems.push({ where, message: `supersededBy ${directive.supersededBy} is unknown` });
      if (directive.status !== 'superseded') problems.push({ where, message: 'supersededBy is set but the status is not superseded' });
    }
  }
}

function checkTalkingPoints(lib: Library, problems: ContentProblem[]): void {
  for (const point of lib.talkingPoints.values()) {
    const where = `talking point ${point.id}`;
    checkRichText(point.message, `${where} › message`, lib, null, problems);
    if (point.messageEn) checkRichText(point.messageEn, `${where} › messageEn`, lib, null, problems);
    for (const proof of point.proofPoints) {
      if (proof.source.kind === 'directive') checkExcerpt(lib, proof.source.directiveId, proof.source.excerptId, `${where} › proof ${proof.id}`, problems);
    }
  }
}

function checkQaItems(lib: Library, problems: ContentProblem[]): void {
  for (const item of lib.qaItems.values()) {
    const where = `Q&A ${item.id}`;
    checkRichText(item.answer, `${where} › answer`, lib, null, problems);
    if (item.answerEn) checkRichText(item.answerEn, `${where} › answerEn`, lib, null, problems);
    for (const id of item.talkingPointIds) if (!lib.talkingPoints.has(id)) problems.push({ where, message: `unknown talking point ${id}` });
    for (const id of item.directiveIds) if (!lib.directives.has(id)) problems.push({ where, message: `unknown directive ${id}` });
    for (const citation of collectReferences(item.answer).citations) {
      if (!item.directiveIds.includes(citation.directiveId)) {
        problems.push({ where, message: `the answer cites ${citation.directiveId}, which is not among its linked directives` });
      }
    }
  }
}

function checkTemplate(template: Template, lib: Library, problems: ContentProblem[]): void {
  const declared = new Set(template.variables.map((v) => v.name));
  const sectionIds = new Set<string>();
  checkPlaceholders(template.documentTitle, `template ${template.id} › documentTitle`, declared, problems);
  for (const section of template.sections) {
    const where = `template ${template.id} › section ${section.id}`;
    if (sectionIds.has(section.id)) problems.push({ where, message: 'duplicate section id' });
    sectionIds.add(section.id);
    checkPlaceholders(section.title, `${where} › title`, declared, problems);
    checkPlaceholders(section.guidance, `${where} › guidance`, declared, problems);
    checkRichText(section.content, where, lib, declared, problems);
  }
}

function checkPacket(packet: Packet, templates: ReadonlyMap<string, Template>, lib: Library, problems: ContentProblem[]): void {
  const where = `packet ${packet.id}`;
  const template = packet.templateId === null ? undefined : templates.get(packet.templateId);
  if (packet.templateId !== null && !template) problems.push({ where, message: `unknown template ${packet.templateId}` });
  const declared = new Set(Object.keys(packet.variables));
  for (const variable of template?.variables ?? []) {
    if (!declared.has(variable.name)) problems.push({ where, message: `template variable ${variable.name} has no value entry` });
  }
  for (const name of declared) {
    if (template && !template.variables.some((v) => v.name === name)) problems.push({ where, message: `variable ${name} is not declared by the template` });
  }
  checkPlaceholders(packet.title, `${where} › title`, declared, problems);
  const sectionIds = new Set<string>();
  for (const section of packet.sections) {
    const at = `${where} › section ${section.id}`;
    if (sectionIds.has(section.id)) problems.push({ where: at, message: 'duplicate section id' });
    sectionIds.add(section.id);
    if (section.templateSectionId !== null) {
      const origin = template?.sections.find((s) => s.id === section.templateSectionId);
      if (!origin) problems.push({ where: at, message: `template has no section ${section.templateSectionId}` });
      else if (origin.internalOnly !== section.internalOnly) problems.push({ where: at, message: 'internalOnly differs from the template section' });
    }
    checkPlaceholders(section.title, `${at} › title`, declared, problems);
    checkRichText(section.content, at, lib, declared, problems);
  }
}

/** Every broken reference in the bundled content; an empty list means the bundle is consistent. */
export function findContentProblems(content: BundledContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lib: Library = {
    directives: byId(content.directives, 'directive', problems),
    talkingPoints: byId(content.talkingPoints, 'talking point', problems),
    qaItems: byId(content.qaItems, 'Q&A', problems),
  };
  const templates = byId(content.templates, 'template', problems);
  checkDirectives(lib, problems);
  checkTalkingPoints(lib, problems);
  checkQaItems(lib, problems);
  for (const template of templates.values()) checkTemplate(template, lib, problems);
  checkPacket(content.packet, templates, lib, problems);
  return problems;
}
