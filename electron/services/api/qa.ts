// Q&A handlers: the shared library-item handlers with the Q&A item's references (linked talking points and directives, citations in the answer).
import type { FeatureHandlers } from '../../../shared/ipc/contract.js';
import { directivesInQa, qaRevision } from '../../../shared/library/content.js';
import { compareRevisions } from '../../../shared/library/revisions.js';
import { QA_ITEM_SCHEMA_VERSION, qaItemSchema, type QAFields, type QAItem } from '../../../shared/model/index.js';
import type { DataStores } from '../storage/library.js';
import { libraryItemsApi, referenceError } from './library-items.js';
import type { LibraryDeps } from './talking-points.js';

function checkQa(stores: () => DataStores) {
  return async (fields: QAFields, id: string): Promise<void> => {
    const { directives } = stores();
    fields.directiveIds.forEach((directiveId, index) => {
      if (!directives.has(directiveId)) throw referenceError(['directiveIds', index], 'library.validation.unknownDirective', id);
    });
    for (const directiveId of directivesInQa(fields)) {
      if (!directives.has(directiveId)) throw referenceError(['answer'], 'library.validation.unknownDirective', id);
    }
    if (fields.talkingPointIds.length === 0) return;
    const points = await stores().talkingPoints.ready();
    fields.talkingPointIds.forEach((pointId, index) => {
      if (!points.has(pointId)) throw referenceError(['talkingPointIds', index], 'library.validation.unknownTalkingPoint', id);
    });
  };
}

export function qaApi(deps: LibraryDeps): FeatureHandlers<'qa'> {
  const items = libraryItemsApi<QAItem, QAFields>({
    items: () => deps.stores().qaItems.ready(),
    directives: () => deps.stores().directives,
    packets: () => deps.stores().packets,
    usageIndex: deps.usageIndex,
    usageKind: 'qaItems',
    now: deps.now,
    schema: qaItemSchema,
    schemaVersion: QA_ITEM_SCHEMA_VERSION,
    checkReferences: checkQa(deps.stores),
    compare: (item, from, to, names) => {
      const a = qaRevision(item, from);
      const b = qaRevision(item, to);
      return a && b ? compareRevisions(a, b, names) : undefined;
    },
  });
  return {
    list: () => items.list(),
    get: (input) => items.get(input),
    create: (input) => items.create(input),
    update: (input) => items.update(input),
    delete: (input) => items.delete(input),
    undoDelete: ({ qaItem }) => items.undoDelete(qaItem),
    approve: (input) => items.approve(input),
    compareRevisions: (input) => items.compareRevisions(input),
    usage: (input) => items.usage(input),
  };
}
