// Search handlers, and the observer that tells the index after every handler that may have changed the library.
import type { Feature, FeatureHandlers, Handlers } from '../../../shared/ipc/contract.js';
import type { SearchService } from './index.js';

export function searchApi(search: () => SearchService) {
  return {
    async query(input) {
      return search().query(input);
    },
  } satisfies FeatureHandlers<'search'>;
}

/** Calls that only read, or never touch what is searchable: no re-indexing after them. */
const NO_LIBRARY_CHANGE = /^(list|get|info|storageIncidents|listBackups|createBackup)$/;
const UNSEARCHED_FEATURES: ReadonlySet<Feature> = new Set(['search', 'settings']);
/** Features known to change only in-memory collections, never packet files. */
const COLLECTION_ONLY_FEATURES: ReadonlySet<Feature> = new Set(['directives']);

type HandlerMap = Record<string, (input: never) => Promise<unknown>>;

function observeFeature<T extends HandlerMap>(feature: Feature, handlers: T, onChange: (packets: boolean) => void): T {
  if (UNSEARCHED_FEATURES.has(feature)) return handlers;
  const observed: HandlerMap = {};
  for (const [method, handler] of Object.entries(handlers)) {
    observed[method] = NO_LIBRARY_CHANGE.test(method)
      ? handler
      : async (input) => {
          const result = await handler(input);
          onChange(!COLLECTION_ONLY_FEATURES.has(feature));
          return result;
        };
  }
  // Same keys and the same signatures as `handlers`: only the body is wrapped.
  return observed as T;
}

/**
 * Every handler that may change the library (any feature but settings and search, any method but reads) notifies
 * `onChange` after it succeeds; new features are observed without being listed here.
 */
export function observeLibraryChanges(handlers: Handlers, onChange: (packets: boolean) => void): Handlers {
  const observed: Partial<Record<Feature, HandlerMap>> = {};
  for (const feature of Object.keys(handlers) as Feature[]) {
    observed[feature] = observeFeature(feature, handlers[feature], onChange);
  }
  // Every feature of `handlers` was copied with its own handlers wrapped.
  return observed as Handlers;
}
