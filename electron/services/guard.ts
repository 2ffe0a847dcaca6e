// Runs every handler inside the storage gate, so a backup restore never interleaves with a save and nothing runs after close.
import type { Handlers } from '../../shared/ipc/contract.js';
import type { Gate } from './storage/gate.js';

type HandlerMap = Record<string, (input: never) => Promise<unknown>>;

function guardFeature<T extends HandlerMap>(feature: T, gate: Gate, exempt: ReadonlySet<string>): T {
  const guarded: HandlerMap = {};
  for (const [method, handler] of Object.entries(feature)) {
    guarded[method] = exempt.has(method) ? handler : (input) => gate.shared(() => handler(input));
  }
  // Same keys and the same signatures as `feature`: only the body is wrapped.
  return guarded as T;
}

/** system.restoreBackup and system.saveArchive take the gate exclusively themselves (guarding them as shared would wait on themselves). */
export function guardHandlers(handlers: Handlers, gate: Gate): Handlers {
  return {
    directives: guardFeature(handlers.directives, gate, new Set()),
    settings: guardFeature(handlers.settings, gate, new Set()),
    packets: guardFeature(handlers.packets, gate, new Set()),
    versions: guardFeature(handlers.versions, gate, new Set()),
    system: guardFeature(handlers.system, gate, new Set(['restoreBackup', 'saveArchive'])),
    search: guardFeature(handlers.search, gate, new Set()),
    talkingPoints: guardFeature(handlers.talkingPoints, gate, new Set()),
    qa: guardFeature(handlers.qa, gate, new Set()),
    templates: guardFeature(handlers.templates, gate, new Set()),
    exchange: guardFeature(handlers.exchange, gate, new Set()),
    export: guardFeature(handlers.export, gate, new Set()),
  };
}
