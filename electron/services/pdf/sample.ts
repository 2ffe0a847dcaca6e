// Builds the bundled sample packet (resources/sample) as a packet exchange file with the documents it references.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BUNDLED_FILES, parseBundledContent } from '../../../shared/content/bundle.js';
import { buildPacketExchange } from '../../../shared/exchange/io.js';
import type { PacketExchange } from '../../../shared/exchange/schema.js';

async function readJson(resourcesDir: string, relative: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(resourcesDir, ...relative.split('/')), 'utf8')) as unknown;
}

/** The sample packet with its template, the agency named by its variables, and the referenced library documents. */
export async function sampleExchange(resourcesDir: string, appVersion: string, exportedAt: string): Promise<PacketExchange> {
  const content = parseBundledContent({
    directives: await readJson(resourcesDir, BUNDLED_FILES.starterDirectives),
    templates: await Promise.all(BUNDLED_FILES.templates.map((file) => readJson(resourcesDir, file))),
    talkingPoints: await readJson(resourcesDir, BUNDLED_FILES.sampleTalkingPoints),
    qaItems: await readJson(resourcesDir, BUNDLED_FILES.sampleQaItems),
    packet: await readJson(resourcesDir, BUNDLED_FILES.samplePacket),
  });
  const { packet } = content;
  const vars = packet.variables;
  return buildPacketExchange({
    packet,
    template: content.templates.find((t) => t.id === packet.templateId) ?? null,
    agency: {
      parentAgencyName: vars.co_quan_chu_quan ?? '',
      agencyName: vars.co_quan ?? '',
      placeName: vars.dia_danh ?? '',
      spokespersonName: vars.nguoi_phat_ngon ?? '',
      spokespersonTitle: vars.chuc_vu_nguoi_phat_ngon ?? '',
    },
    directives: content.directives,
    talkingPoints: content.talkingPoints,
    qaItems: content.qaItems,
    appVersion,
    exportedAt,
  });
}
