// Seeds a data folder with the bundled library (starter directives, sample talking points and Q&A) and the sample packet.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BUNDLED_FILES, parseBundledContent, type BundledContent } from '../../../shared/content/bundle.js';
import type { Services } from '../../../electron/services/types.js';

const RESOURCES = path.resolve('resources');

async function readJson(relative: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(RESOURCES, ...relative.split('/')), 'utf8')) as unknown;
}

export async function bundledContent(): Promise<BundledContent> {
  return parseBundledContent({
    directives: await readJson(BUNDLED_FILES.starterDirectives),
    templates: await Promise.all(BUNDLED_FILES.templates.map(readJson)),
    talkingPoints: await readJson(BUNDLED_FILES.sampleTalkingPoints),
    qaItems: await readJson(BUNDLED_FILES.sampleQaItems),
    packet: await readJson(BUNDLED_FILES.samplePacket),
  });
}

/** Puts the bundled library and the sample packet into the services' stores; returns what was put. */
export async function seedSample(services: Services): Promise<BundledContent> {
  const content = await bundledContent();
  const stores = services.stores();
  await stores.directives.putMany(content.directives);
  await (await stores.talkingPoints.ready()).putMany(content.talkingPoints);
  await (await stores.qaItems.ready()).putMany(content.qaItems);
  await stores.packets.put(content.packet);
  return content;
}

/** A clock that moves only when told to. */
export function manualClock(startIso: string): { now: () => Date; advance(ms: number): void; set(iso: string): void } {
  let at = Date.parse(startIso);
  return {
    now: () => new Date(at),
    advance: (ms) => {
      at += ms;
    },
    set: (iso) => {
      at = Date.parse(iso);
    },
  };
}
