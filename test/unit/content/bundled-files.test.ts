// Every bundled file parses with its schema, is stored complete (no field left to a default) and is Unicode NFC.
import { describe, expect, it } from 'vitest';
import {
  BundledContentError,
  builtInTemplateFileSchema,
  parseBundledContent,
  sampleQaItemsFileSchema,
  sampleTalkingPointsFileSchema,
  samplePacketFileSchema,
  starterDirectivesFileSchema,
} from '../../../shared/content/bundle.js';
import { ALL_BUNDLED_PATHS, readBundledText, readRawBundle } from './load-bundled.js';

describe('bundled content files', () => {
  it('parses every file with its schema', async () => {
    const raw = await readRawBundle();
    const content = parseBundledContent(raw);
    expect(content.directives.length).toBeGreaterThanOrEqual(10);
    expect(content.templates).toHaveLength(4);
    expect(content.talkingPoints.length).toBeGreaterThanOrEqual(8);
    expect(content.qaItems.length).toBeGreaterThanOrEqual(8);
    expect(content.packet.sections.length).toBeGreaterThan(0);
  });

  it('stores full documents: parsing adds no defaults and changes nothing', async () => {
    const raw = await readRawBundle();
    expect(starterDirectivesFileSchema.parse(raw.directives)).toStrictEqual(raw.directives);
    for (const template of raw.templates) expect(builtInTemplateFileSchema.parse(template)).toStrictEqual(template);
    expect(sampleTalkingPointsFileSchema.parse(raw.talkingPoints)).toStrictEqual(raw.talkingPoints);
    expect(sampleQaItemsFileSchema.parse(raw.qaItems)).toStrictEqual(raw.qaItems);
    expect(samplePacketFileSchema.parse(raw.packet)).toStrictEqual(raw.packet);
  });

  it.each(ALL_BUNDLED_PATHS)('%s is NFC and ends with a newline', async (path) => {
    const text = await readBundledText(path);
    expect(text === text.normalize('NFC')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('names the file and the field when a bundled file is invalid', async () => {
    const raw = await readRawBundle();
    const directives = structuredClone(raw.directives) as Array<Record<string, unknown>>;
    const first = directives[0] as Record<string, unknown>;
    first.symbol = '57/KL-TW ';
    first.issueDate = '2023-02-30';
    const error = (() => {
      try {
        parseBundledContent({ ...raw, directives });
        return null;
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(BundledContentError);
    const bundled = error as BundledContentError;
    expect(bundled.file).toBe('starter/directives.json');
    expect(bundled.issues.some((issue) => issue.startsWith('0.issueDate'))).toBe(true);
  });

  it('refuses duplicate ids and a template that is not builtIn', async () => {
    const raw = await readRawBundle();
    const points = raw.talkingPoints as unknown[];
    expect(() => parseBundledContent({ ...raw, talkingPoints: [...points, points[0]] })).toThrow(/duplicate id/);
    const template = { ...(raw.templates[0] as Record<string, unknown>), builtIn: false };
    expect(() => parseBundledContent({ ...raw, templates: [template, ...raw.templates.slice(1)] })).toThrow(/builtIn/);
  });

  it('refuses a file written by a newer version of the app', async () => {
    const raw = await readRawBundle();
    const packet = { ...(raw.packet as Record<string, unknown>), schemaVersion: 99 };
    expect(() => parseBundledContent({ ...raw, packet })).toThrow(/sample\/packet\.json.*newer_than_app/);
  });
});
