// Reads the bundled resources/ files from the repository for the content tests.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BUNDLED_FILES, type RawBundledContent } from '../../../shared/content/bundle.js';

export const RESOURCES_DIR = fileURLToPath(new URL('../../../resources/', import.meta.url));

/** Every bundled file path, relative to resources/. */
export const ALL_BUNDLED_PATHS: readonly string[] = [
  BUNDLED_FILES.starterDirectives,
  ...BUNDLED_FILES.templates,
  BUNDLED_FILES.sampleTalkingPoints,
  BUNDLED_FILES.sampleQaItems,
  BUNDLED_FILES.samplePacket,
];

export function readBundledText(relativePath: string): Promise<string> {
  return readFile(`${RESOURCES_DIR}${relativePath}`, 'utf8');
}

async function readJson(relativePath: string): Promise<unknown> {
  return JSON.parse(await readBundledText(relativePath)) as unknown;
}

export async function readRawBundle(): Promise<RawBundledContent> {
  return {
    directives: await readJson(BUNDLED_FILES.starterDirectives),
    templates: await Promise.all(BUNDLED_FILES.templates.map(readJson)),
    talkingPoints: await readJson(BUNDLED_FILES.sampleTalkingPoints),
    qaItems: await readJson(BUNDLED_FILES.sampleQaItems),
    packet: await readJson(BUNDLED_FILES.samplePacket),
  };
}
