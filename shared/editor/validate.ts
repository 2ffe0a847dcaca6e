// Checks stored rich text against the real ProseMirror schema and reports typed problems with their place instead of throwing.
import { Fragment, Mark, type AttributeSpec, type MarkType, type Node as ProseMirrorNode, type NodeType, type Schema } from '@tiptap/pm/model';
import type { z } from 'zod';
import { MAX_RICH_TEXT_DEPTH } from '../model/rich-text.js';
import { editorSchema } from './extensions.js';
import { MARK_ATTRS, NODE_ATTRS } from './nodes.js';

/** Child indices from the document down to the node concerned ([] is the document itself). */
export type NodePath = readonly number[];

export type RichDocProblem =
  | { code: 'notADocument'; path: NodePath }
  | { code: 'tooDeep'; path: NodePath; limit: number }
  | { code: 'malformedNode'; path: NodePath; detail: string }
  | { code: 'unknownNodeType'; path: NodePath; nodeType: string }
  | { code: 'unknownMarkType'; path: NodePath; markType: string }
  | { code: 'missingAttribute'; path: NodePath; typeName: string; attribute: string }
  | { code: 'invalidAttribute'; path: NodePath; typeName: string; attribute: string; value: unknown }
  /** A child that may not stand here, e.g. a table inside a paragraph (the path points at the child). */
  | { code: 'contentNotAllowed'; path: NodePath; nodeType: string; parentType: string }
  /** Content that stops too early, e.g. a table without rows or a list item not starting with a paragraph. */
  | { code: 'contentIncomplete'; path: NodePath; nodeType: string }
  | { code: 'markNotAllowed'; path: NodePath; markType: string; parentType: string }
  | { code: 'duplicateMark'; path: NodePath; markType: string }
  | { code: 'emptyText'; path: NodePath }
  | { code: 'schemaRejected'; path: NodePath; detail: string }
  /** Repaired on the way in (warnings): an attribute the schema does not have is dropped, text is brought to NFC. */
  | { code: 'unknownAttribute'; path: NodePath; typeName: string; attribute: string }
  | { code: 'textNotNfc'; path: NodePath };

export type RichDocProblemCode = RichDocProblem['code'];

const WARNINGS: ReadonlySet<RichDocProblemCode> = new Set<RichDocProblemCode>(['unknownAttribute', 'textNotNfc']);

export function isWarning(problem: RichDocProblem): boolean {
  return WARNINGS.has(problem.code);
}

export type RichDocCheck =
  /** `doc` is the checked ProseMirror document, with the warnings' repairs applied. */
  | { ok: true; doc: ProseMirrorNode; warnings: RichDocProblem[] }
  | { ok: false; problems: RichDocProblem[] };

const MAX_PROBLEMS = 200;
const NODE_KEYS = new Set(['type', 'attrs', 'content', 'marks', 'text']);

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function zodAttrsOf(table: Partial<Record<string, z.ZodType>>, name: string): z.ZodType | undefined {
  return table[name];
}

function depthOf(value: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0 && max <= MAX_RICH_TEXT_DEPTH) {
    const [current, depth] = stack.pop() ?? [null, 0];
    max = Math.max(max, depth);
    if (isObject(current) && Array.isArray(current.content)) for (const child of current.content) stack.push([child, depth + 1]);
  }
  return max;
}

class DocChecker {
  readonly problems: RichDocProblem[] = [];

  constructor(private readonly schema: Schema) {}

  report(problem: RichDocProblem): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem);
  }

  private get errorCount(): number {
    return this.problems.filter((problem) => !isWarning(problem)).length;
  }

  /** Checks the attrs of a node or mark; returns the attrs to build it with (known ones only), or null on an error. */
  private attrs(
    typeName: string,
    specs: Readonly<Record<string, AttributeSpec>>,
    zodSchema: z.ZodType | undefined,
    raw: unknown,
    path: NodePath,
  ): Record<string, unknown> | null {
    if (raw !== undefined && !isObject(raw)) {
      this.report({ code: 'malformedNode', path, detail: `attrs of ${typeName} is not an object` });
      return null;
    }
    const given = raw ?? {};
    const errorsBefore = this.errorCount;
    const kept: Record<string, unknown> = {};
    for (const attribute of Object.keys(given)) {
      if (!(attribute in specs)) this.report({ code: 'unknownAttribute', path, typeName, attribute });
    }
    const flagged = new Set<string>();
    for (const [attribute, spec] of Object.entries(specs)) {
      const value = given[attribute];
      if (value === undefined) {
        if (!('default' in spec)) {
          this.report({ code: 'missingAttribute', path, typeName, attribute });
          flagged.add(attribute);
        } else kept[attribute] = spec.default;
        continue;
      }
      kept[attribute] = value;
      if (typeof spec.validate !== 'function') continue;
      try {
        spec.validate(value);
      } catch {
        this.report({ code: 'invalidAttribute', path, typeName, attribute, value });
        flagged.add(attribute);
      }
    }
    const parsed = zodSchema?.safeParse(kept);
    for (const issue of parsed && !parsed.success ? parsed.error.issues : []) {
      const attribute = String(issue.path[0] ?? '');
      if (flagged.has(attribute)) continue;
      flagged.add(attribute);
      this.report(kept[attribute] === undefined ? { code: 'missingAttribute', path, typeName, attribute } : { code: 'invalidAttribute', path, typeName, attribute, value: kept[attribute] });
    }
    return this.errorCount === errorsBefore ? kept : null;
  }

  private marks(raw: unknown, parent: NodeType | null, path: NodePath): readonly Mark[] | null {
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      this.report({ code: 'malformedNode', path, detail: 'marks is not an array' });
      return null;
    }
    const marks: Mark[] = [];
    let failed = false;
    for (const entry of raw) {
      const typeName = isObject(entry) && typeof entry.type === 'string' ? entry.type : String(entry);
      const type: MarkType | undefined = this.schema.marks[typeName];
      if (!isObject(entry) || !type) {
        this.report({ code: 'unknownMarkType', path, markType: typeName });
        failed = true;
        continue;
      }
      if (parent && !parent.allowsMarkType(type)) {
        this.report({ code: 'markNotAllowed', path, markType: typeName, parentType: parent.name });
        failed = true;
      }
      if (marks.some((mark) => mark.type === type)) {
        this.report({ code: 'duplicateMark', path, markType: typeName });
        failed = true;
      }
      const attrs = this.attrs(typeName, type.spec.attrs ?? {}, zodAttrsOf(MARK_ATTRS, typeName), entry.attrs, path);
      if (!attrs) failed = true;
      else if (!failed) marks.push(type.create(attrs));
    }
    return failed ? null : Mark.setFrom(marks);
  }

  /** Checks one node and everything under it; returns the built node, or null when an error was found in it. */
  node(raw: unknown, path: NodePath, parent: NodeType | null): ProseMirrorNode | null {
    if (!isObject(raw) || typeof raw.type !== 'string') {
      this.report({ code: 'malformedNode', path, detail: 'not a node object with a type' });
      return null;
    }
    const type: NodeType | undefined = this.schema.nodes[raw.type];
    if (!type) {
      this.report({ code: 'unknownNodeType', path, nodeType: raw.type });
      return null;
    }
    for (const key of Object.keys(raw)) {
      const misplaced = type.isText ? key === 'content' || key === 'attrs' : key === 'text';
      if (!NODE_KEYS.has(key) || misplaced) this.report({ code: 'malformedNode', path, detail: `unexpected key "${key}" on ${type.name}` });
    }
    const marks = this.marks(raw.marks, parent, path);
    if (type.isText) return this.text(raw.text, marks, path);
    const attrs = this.attrs(type.name, type.spec.attrs ?? {}, zodAttrsOf(NODE_ATTRS, type.name), raw.attrs, path);
    const content = this.content(raw.content, type, path);
    if (!attrs || !marks || !content) return null;
    return type.create(attrs, content, marks);
  }

  private text(raw: unknown, marks: readonly Mark[] | null, path: NodePath): ProseMirrorNode | null {
    if (typeof raw !== 'string' || raw.length === 0) {
      this.report({ code: 'emptyText', path });
      return null;
    }
    const text = raw.normalize('NFC');
    if (text !== raw) this.report({ code: 'textNotNfc', path });
    return marks ? this.schema.text(text, marks) : null;
  }

  private content(raw: unknown, type: NodeType, path: NodePath): Fragment | null {
    if (raw !== undefined && !Array.isArray(raw)) {
      this.report({ code: 'malformedNode', path, detail: `content of ${type.name} is not an array` });
      return null;
    }
    const children: unknown[] = raw ?? [];
    if (type.isLeaf && children.length > 0) {
      this.report({ code: 'malformedNode', path, detail: `${type.name} cannot have content` });
      return null;
    }
    const built: ProseMirrorNode[] = [];
    let match = type.contentMatch;
    let failed = false;
    let placed = true;
    children.forEach((child, index) => {
      const childPath = [...path, index];
      const childType = isObject(child) && typeof child.type === 'string' ? this.schema.nodes[child.type] : undefined;
      // The place is checked from the child's type alone, so a misplaced table is reported even if its own content is broken too.
      const next = childType && placed ? match.matchType(childType) : null;
      if (childType && placed && !next) {
        this.report({ code: 'contentNotAllowed', path: childPath, nodeType: childType.name, parentType: type.name });
        placed = false;
      }
      if (next) match = next;
      const node = this.node(child, childPath, type);
      if (node && next && !failed) built.push(node);
      else failed = true;
    });
    if (!failed && !match.validEnd) {
      this.report({ code: 'contentIncomplete', path, nodeType: type.name });
      failed = true;
    }
    return failed ? null : Fragment.from(built);
  }
}

/**
 * Checks stored rich-text JSON (a section, a talking point message, an imported file) against the editor schema: node
 * and mark types, attributes (schema validators and the zod attrs of nodes.ts), nesting, marks, text. Never throws.
 */
export function validateRichDoc(value: unknown, schema: Schema = editorSchema()): RichDocCheck {
  if (!isObject(value) || value.type !== schema.topNodeType.name) return { ok: false, problems: [{ code: 'notADocument', path: [] }] };
  if (depthOf(value) > MAX_RICH_TEXT_DEPTH) return { ok: false, problems: [{ code: 'tooDeep', path: [], limit: MAX_RICH_TEXT_DEPTH }] };
  const checker = new DocChecker(schema);
  const doc = checker.node(value, [], null);
  const errors = checker.problems.filter((problem) => !isWarning(problem));
  if (!doc || errors.length > 0) return { ok: false, problems: checker.problems };
  try {
    doc.check();
  } catch (error) {
    return { ok: false, problems: [...checker.problems, { code: 'schemaRejected', path: [], detail: error instanceof Error ? error.message : String(error) }] };
  }
  return { ok: true, doc, warnings: checker.problems };
}
