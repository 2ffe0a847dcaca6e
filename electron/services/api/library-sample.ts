// The sample library shipped in resources/sample (talking points, Q&A, a packet) loaded on request, with the starter directives it cites; idempotent.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BUNDLED_FILES, parseSamplePacket, parseSampleQaItems, parseSampleTalkingPoints, parseStarterDirectives } from '../../../shared/content/bundle.js';
import { collectReferences } from '../../../shared/content/references.js';
import type { SampleLoadResult, SampleStatus } from '../../../shared/ipc/features/talking-points.js';
import { directivesCitedBy } from '../../../shared/library/content.js';
import type { LibraryDeps } from './talking-points.js';

async function readBundled(resourcesDir: string, file: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(resourcesDir, ...file.split('/')), 'utf8'));
}

async function readSample(resourcesDir: string) {
  const [talkingPoints, qaItems, packet] = await Promise.all([
    readBundled(resourcesDir, BUNDLED_FILES.sampleTalkingPoints).then(parseSampleTalkingPoints),
    readBundled(resourcesDir, BUNDLED_FILES.sampleQaItems).then(parseSampleQaItems),
    readBundled(resourcesDir, BUNDLED_FILES.samplePacket).then(parseSamplePacket),
  ]);
  return { talkingPoints, qaItems, packet };
}

export async function sampleStatus(deps: Pick<LibraryDeps, 'stores' | 'resourcesDir'>): Promise<SampleStatus> {
  const sample = await readSample(deps.resourcesDir);
  const stores = deps.stores();
  const [points, qa] = await Promise.all([stores.talkingPoints.ready(), stores.qaItems.ready()]);
  const present = sample.talkingPoints.filter((p) => points.has(p.id)).length + sample.qaItems.filter((q) => qa.has(q.id)).length;
  return { total: sample.talkingPoints.length + sample.qaItems.length, present };
}

/**
 * Adds what the library lacks (by id): the starter directives the sample cites first, so no reference dangles, then the
 * talking points, the Q&A items and the sample packet. Items already there, possibly edited by the user, stay as they are.
 */
export async function loadSample(deps: Pick<LibraryDeps, 'stores' | 'resourcesDir'>): Promise<SampleLoadResult> {
  const [sample, starter] = await Promise.all([readSample(deps.resourcesDir), readBundled(deps.resourcesDir, BUNDLED_FILES.starterDirectives).then(parseStarterDirectives)]);
  const stores = deps.stores();
  const [points, qa] = await Promise.all([stores.talkingPoints.ready(), stores.qaItems.ready()]);

  const cited = new Set([...sample.talkingPoints, ...sample.qaItems].flatMap(directivesCitedBy));
  for (const section of sample.packet.sections) {
    const refs = collectReferences(section.content);
    for (const ref of [...refs.citations, ...refs.excerpts]) cited.add(ref.directiveId);
  }
  // A cited directive's successors come too, so "superseded by …" names a document the library holds.
  const byId = new Map(starter.map((d) => [d.id, d]));
  for (const id of cited) {
    for (let next = byId.get(id)?.supersededBy; next && !cited.has(next); next = byId.get(next)?.supersededBy) cited.add(next);
  }
  const directives = starter.filter((d) => cited.has(d.id) && !stores.directives.has(d.id));
  if (directives.length > 0) await stores.directives.putMany(directives);

  const newPoints = sample.talkingPoints.filter((p) => !points.has(p.id));
  const newQa = sample.qaItems.filter((q) => !qa.has(q.id));
  await Promise.all([newPoints.length > 0 ? points.putMany(newPoints) : null, newQa.length > 0 ? qa.putMany(newQa) : null]);
  const addPacket = !stores.packets.has(sample.packet.id);
  if (addPacket) await stores.packets.put(sample.packet);

  return {
    talkingPoints: { added: newPoints.length, present: sample.talkingPoints.length - newPoints.length },
    qaItems: { added: newQa.length, present: sample.qaItems.length - newQa.length },
    directives: { added: directives.length },
    packet: { added: addPacket },
  };
}
