// Talking point handlers: the shared library-item handlers with the talking point's references (proof-point sources, citations) and the sample library.
import type { FeatureHandlers } from '../../../shared/ipc/contract.js';
import { compareRevisions } from '../../../shared/library/revisions.js';
import { directivesInTalkingPoint, talkingPointRevision } from '../../../shared/library/content.js';
import { TALKING_POINT_SCHEMA_VERSION, talkingPointSchema, type TalkingPoint, type TalkingPointFields } from '../../../shared/model/index.js';
import type { DataStores } from '../storage/library.js';
import { libraryItemsApi, referenceError } from './library-items.js';
import type { PacketReferenceIndex } from './library-usage.js';
import { loadSample, sampleStatus } from './library-sample.js';

export interface LibraryDeps {
  stores: () => DataStores;
  now: () => Date;
  resourcesDir: string;
  usageIndex: PacketReferenceIndex;
}

/** Every directive a talking point's proof points and message cite must be in the registry. */
function checkTalkingPoint(stores: () => DataStores) {
  return async (fields: TalkingPointFields, id: string): Promise<void> => {
    const directives = stores().directives;
    fields.proofPoints.forEach((point, index) => {
      if (point.source.kind === 'directive' && !directives.has(point.source.directiveId)) {
        throw referenceError(['proofPoints', index, 'source', 'directiveId'], 'library.validation.unknownDirective', id);
      }
    });
    for (const directiveId of directivesInTalkingPoint(fields)) {
      if (!directives.has(directiveId)) throw referenceError(['message'], 'library.validation.unknownDirective', id);
    }
  };
}

export function talkingPointsApi(deps: LibraryDeps): FeatureHandlers<'talkingPoints'> {
  const items = libraryItemsApi<TalkingPoint, TalkingPointFields>({
    items: () => deps.stores().talkingPoints.ready(),
    directives: () => deps.stores().directives,
    packets: () => deps.stores().packets,
    usageIndex: deps.usageIndex,
    usageKind: 'talkingPoints',
    now: deps.now,
    schema: talkingPointSchema,
    schemaVersion: TALKING_POINT_SCHEMA_VERSION,
    checkReferences: checkTalkingPoint(deps.stores),
    compare: (point, from, to, names) => {
      const a = talkingPointRevision(point, from);
      const b = talkingPointRevision(point, to);
      return a && b ? compareRevisions(a, b, names) : undefined;
    },
  });
  return {
    list: () => items.list(),
    get: (input) => items.get(input),
    create: (input) => items.create(input),
    update: (input) => items.update(input),
    delete: (input) => items.delete(input),
    undoDelete: ({ talkingPoint }) => items.undoDelete(talkingPoint),
    approve: (input) => items.approve(input),
    compareRevisions: (input) => items.compareRevisions(input),
    usage: (input) => items.usage(input),
    sampleStatus: () => sampleStatus(deps),
    loadSample: () => loadSample(deps),
  };
}
