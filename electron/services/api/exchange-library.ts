// Picks the library documents to export (with the directives they cite) and validates documents an import is about to write.
import type { IncomingSet } from '../../../shared/exchange/merge.js';
import { collectQaReferences, collectTalkingPointReferences, emptyReferenceSet } from '../../../shared/exchange/references.js';
import type { InputOf } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import {
  directiveSchema,
  packetSchema,
  qaItemSchema,
  talkingPointSchema,
  templateSchema,
  type Directive,
  type QAItem,
  type TalkingPoint,
  type Template,
} from '../../../shared/model/index.js';
import type { DataStores } from '../storage/library.js';

export interface LibrarySelection {
  directives: Directive[];
  talkingPoints: TalkingPoint[];
  qaItems: QAItem[];
  templates: Template[];
}

function pick<T>(ids: readonly string[] | undefined, get: (id: string) => T | undefined): T[] {
  return [...new Set(ids ?? [])].map((id) => {
    const item = get(id);
    if (item === undefined) throw new AppError('not_found', { id });
    return item;
  });
}

/**
 * The chosen items, or everything (`all`); the directives that chosen talking points and Q&A cite come along, so the
 * receiving office never gets a dangling citation. Built-in templates are left out: every office has them.
 */
export async function selectLibrary(stores: DataStores, input: InputOf<'exchange', 'exportLibrary'>): Promise<LibrarySelection> {
  const [points, items] = await Promise.all([stores.talkingPoints.ready(), stores.qaItems.ready()]);
  if ('all' in input) {
    return {
      directives: stores.directives.all(),
      talkingPoints: points.all(),
      qaItems: items.all(),
      templates: stores.templates.all().filter((t) => !t.builtIn),
    };
  }
  const talkingPoints = pick(input.talkingPointIds, (id) => points.get(id));
  const qaItems = pick(input.qaIds, (id) => items.get(id));
  const templates = pick(input.templateIds, (id) => stores.templates.get(id)).filter((t) => !t.builtIn);
  const refs = emptyReferenceSet();
  for (const id of input.directiveIds ?? []) refs.directiveIds.add(id);
  for (const point of talkingPoints) collectTalkingPointReferences(point, refs);
  for (const item of qaItems) {
    collectQaReferences(item, refs);
    for (const id of item.directiveIds) refs.directiveIds.add(id);
  }
  const chosen = new Set(input.directiveIds ?? []);
  const directives = [...refs.directiveIds].flatMap((id) => {
    const directive = stores.directives.get(id);
    if (directive === undefined && chosen.has(id)) throw new AppError('not_found', { id });
    return directive ? [directive] : [];
  });
  return { directives, talkingPoints, qaItems, templates };
}

/** Every document about to be written, through its schema once more (copies got new ids and titles). */
export function validatedWrites(writes: IncomingSet): IncomingSet {
  try {
    return {
      directives: writes.directives.map((d) => directiveSchema.parse(d)),
      talkingPoints: writes.talkingPoints.map((d) => talkingPointSchema.parse(d)),
      qaItems: writes.qaItems.map((d) => qaItemSchema.parse(d)),
      templates: writes.templates.map((d) => templateSchema.parse(d)),
      packets: writes.packets.map((d) => packetSchema.parse(d)),
    };
  } catch {
    throw new AppError('validation', { reason: 'invalid_document' });
  }
}
