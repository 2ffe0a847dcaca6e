// The content shipped in resources/ (starter directives, built-in templates, sample library and packet): file locations and parsers.
import { z } from 'zod';
import {
  directiveSchema,
  migrate,
  packetSchema,
  qaItemSchema,
  talkingPointSchema,
  templateSchema,
  type Directive,
  type DocumentKind,
  type Packet,
  type QAItem,
  type TalkingPoint,
  type Template,
} from '../model/index.js';

/** Paths of the bundled files, relative to the app's resources/ folder (always with "/"). */
export const BUNDLED_FILES = {
  starterDirectives: 'starter/directives.json',
  templates: [
    'templates/thong-tin-dinh-ky-hang-thang.json',
    'templates/hop-bao-dinh-ky-hang-quy.json',
    'templates/nhan-quyen-ttdn-hang-thang.json',
    'templates/hop-bao-thuong-ky.json',
  ],
  sampleTalkingPoints: 'sample/talking-points.json',
  sampleQaItems: 'sample/qa-items.json',
  samplePacket: 'sample/packet.json',
} as const;

/** Everything the app ships, parsed. */
export interface BundledContent {
  directives: Directive[];
  templates: Template[];
  talkingPoints: TalkingPoint[];
  qaItems: QAItem[];
  packet: Packet;
}

/** The raw JSON of every bundled file, as read from disk. */
export interface RawBundledContent {
  directives: unknown;
  templates: unknown[];
  talkingPoints: unknown;
  qaItems: unknown;
  packet: unknown;
}

export class BundledContentError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly string[],
  ) {
    super(`Bundled file ${file} is invalid: ${issues.slice(0, 5).join('; ')}${issues.length > 5 ? ` (+${issues.length - 5} more)` : ''}`);
    this.name = 'BundledContentError';
  }
}

function withUniqueIds<T extends { id: string }>(item: z.ZodType<T>) {
  return z.array(item).superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((entry, index) => {
      if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id ${entry.id}` });
      seen.add(entry.id);
    });
  });
}

export const starterDirectivesFileSchema = withUniqueIds(directiveSchema).min(1);
export const sampleTalkingPointsFileSchema = withUniqueIds(talkingPointSchema);
export const sampleQaItemsFileSchema = withUniqueIds(qaItemSchema);
export const builtInTemplateFileSchema = templateSchema.refine((t) => t.builtIn, { message: 'a bundled template must be builtIn' });
export const samplePacketFileSchema = packetSchema;

function describe(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

function parseWith<T>(file: string, schema: z.ZodType<T>, raw: unknown): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw new BundledContentError(file, describe(result.error));
  return result.data;
}

function migrateOne(kind: DocumentKind, file: string, raw: unknown): unknown {
  try {
    return migrate(kind, raw);
  } catch (error) {
    throw new BundledContentError(file, [error instanceof Error ? error.message : String(error)]);
  }
}

function migrateList(kind: DocumentKind, file: string, raw: unknown): unknown {
  if (!Array.isArray(raw)) throw new BundledContentError(file, ['(root): expected an array']);
  return raw.map((entry) => migrateOne(kind, file, entry));
}

/** The starter directive registry (resources/starter/directives.json), migrated and validated. */
export function parseStarterDirectives(raw: unknown): Directive[] {
  const file = BUNDLED_FILES.starterDirectives;
  return parseWith(file, starterDirectivesFileSchema, migrateList('directive', file, raw));
}

/** One built-in template file; `file` names it in errors. */
export function parseBuiltInTemplate(file: string, raw: unknown): Template {
  return parseWith(file, builtInTemplateFileSchema, migrateOne('template', file, raw));
}

export function parseSampleTalkingPoints(raw: unknown): TalkingPoint[] {
  const file = BUNDLED_FILES.sampleTalkingPoints;
  return parseWith(file, sampleTalkingPointsFileSchema, migrateList('talkingPoint', file, raw));
}

export function parseSampleQaItems(raw: unknown): QAItem[] {
  const file = BUNDLED_FILES.sampleQaItems;
  return parseWith(file, sampleQaItemsFileSchema, migrateList('qaItem', file, raw));
}

export function parseSamplePacket(raw: unknown): Packet {
  const file = BUNDLED_FILES.samplePacket;
  return parseWith(file, samplePacketFileSchema, migrateOne('packet', file, raw));
}

/** Migrates and validates every bundled file; throws BundledContentError naming the first bad file. */
export function parseBundledContent(raw: RawBundledContent): BundledContent {
  const templateFiles = BUNDLED_FILES.templates;
  if (raw.templates.length !== templateFiles.length) {
    throw new BundledContentError('templates/', [`expected ${templateFiles.length} templates, got ${raw.templates.length}`]);
  }
  return {
    directives: parseStarterDirectives(raw.directives),
    templates: raw.templates.map((template, index) => parseBuiltInTemplate(templateFiles[index] ?? 'templates/', template)),
    talkingPoints: parseSampleTalkingPoints(raw.talkingPoints),
    qaItems: parseSampleQaItems(raw.qaItems),
    packet: parseSamplePacket(raw.packet),
  };
}
