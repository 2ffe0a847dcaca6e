// The sandboxed preload: window.spokesdesk as named functions of the contract plus a typed, closed event subscription.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelName } from '../../shared/ipc/channel-name.js';
import type { Bridge, Feature, InputOf, Method, OutputOf } from '../../shared/ipc/contract.js';
import type { BridgeResult } from '../../shared/ipc/errors.js';
import { EVENT_NAMES, eventChannel, type EventName, type Events } from '../../shared/ipc/events.js';

/** One named call: its channel is fixed here, the page can never choose another. */
function call<F extends Feature, M extends Method<F>>(feature: F, method: M) {
  const channel = channelName(feature, method);
  return (input: InputOf<F, M>): Promise<BridgeResult<OutputOf<F, M>>> => ipcRenderer.invoke(channel, input);
}

function isEventName(name: unknown): name is EventName {
  return EVENT_NAMES.some((known) => known === name);
}

/** Subscribes to one main → renderer event; the IPC event object (and its sender) never reaches the page. */
function on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
  if (!isEventName(event)) throw new TypeError(`Unknown event: ${String(event)}`);
  if (typeof listener !== 'function') throw new TypeError('The listener must be a function');
  const channel = eventChannel(event);
  const forward = (_ipcEvent: IpcRendererEvent, payload: Events[E]): void => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

// Every method is listed by name: `satisfies Bridge` fails the build when the contract gains or loses a channel.
const api = {
  directives: {
    list: call('directives', 'list'),
    get: call('directives', 'get'),
    create: call('directives', 'create'),
    update: call('directives', 'update'),
    delete: call('directives', 'delete'),
    undoDelete: call('directives', 'undoDelete'),
    upsertMany: call('directives', 'upsertMany'),
    starterStatus: call('directives', 'starterStatus'),
    importStarter: call('directives', 'importStarter'),
    attach: call('directives', 'attach'),
    removeAttachment: call('directives', 'removeAttachment'),
    openAttachment: call('directives', 'openAttachment'),
  },
  settings: {
    get: call('settings', 'get'),
    update: call('settings', 'update'),
    recordRecentPacket: call('settings', 'recordRecentPacket'),
  },
  packets: {
    list: call('packets', 'list'),
    get: call('packets', 'get'),
    create: call('packets', 'create'),
    save: call('packets', 'save'),
    delete: call('packets', 'delete'),
    undoDelete: call('packets', 'undoDelete'),
    createFromTemplate: call('packets', 'createFromTemplate'),
    rollForward: call('packets', 'rollForward'),
    changeStatus: call('packets', 'changeStatus'),
    reopen: call('packets', 'reopen'),
    preflight: call('packets', 'preflight'),
    recordExportOverride: call('packets', 'recordExportOverride'),
    schedule: call('packets', 'schedule'),
  },
  versions: {
    list: call('versions', 'list'),
    get: call('versions', 'get'),
    create: call('versions', 'create'),
    compare: call('versions', 'compare'),
    restore: call('versions', 'restore'),
  },
  system: {
    info: call('system', 'info'),
    firstScreenShown: call('system', 'firstScreenShown'),
    storageIncidents: call('system', 'storageIncidents'),
    listBackups: call('system', 'listBackups'),
    createBackup: call('system', 'createBackup'),
    restoreBackup: call('system', 'restoreBackup'),
    openExternal: call('system', 'openExternal'),
    saveArchive: call('system', 'saveArchive'),
  },
  talkingPoints: {
    list: call('talkingPoints', 'list'),
    get: call('talkingPoints', 'get'),
    create: call('talkingPoints', 'create'),
    update: call('talkingPoints', 'update'),
    delete: call('talkingPoints', 'delete'),
    undoDelete: call('talkingPoints', 'undoDelete'),
    approve: call('talkingPoints', 'approve'),
    compareRevisions: call('talkingPoints', 'compareRevisions'),
    usage: call('talkingPoints', 'usage'),
    sampleStatus: call('talkingPoints', 'sampleStatus'),
    loadSample: call('talkingPoints', 'loadSample'),
  },
  qa: {
    list: call('qa', 'list'),
    get: call('qa', 'get'),
    create: call('qa', 'create'),
    update: call('qa', 'update'),
    delete: call('qa', 'delete'),
    undoDelete: call('qa', 'undoDelete'),
    approve: call('qa', 'approve'),
    compareRevisions: call('qa', 'compareRevisions'),
    usage: call('qa', 'usage'),
  },
  templates: {
    list: call('templates', 'list'),
    get: call('templates', 'get'),
    create: call('templates', 'create'),
    update: call('templates', 'update'),
    delete: call('templates', 'delete'),
    undoDelete: call('templates', 'undoDelete'),
    duplicate: call('templates', 'duplicate'),
  },
  search: {
    query: call('search', 'query'),
  },
  exchange: {
    exportPacket: call('exchange', 'exportPacket'),
    exportLibrary: call('exchange', 'exportLibrary'),
    previewImport: call('exchange', 'previewImport'),
    applyImport: call('exchange', 'applyImport'),
  },
  export: {
    pdf: call('export', 'pdf'),
    printHandout: call('export', 'printHandout'),
  },
  on,
} satisfies Bridge;

contextBridge.exposeInMainWorld('spokesdesk', api);
