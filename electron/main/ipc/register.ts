// Registers one ipcMain handler per contract channel: refuses duplicates and foreign senders, then validates and dispatches.
import { ipcMain, type BrowserWindow, type IpcMain, type IpcMainInvokeEvent } from 'electron';
import { contractChannels, type Handlers } from '../../../shared/ipc/contract.js';
import type { BridgeResult } from '../../../shared/ipc/errors.js';
import { dispatch } from '../../services/dispatch.js';
import { isTrustedUrl } from '../origin.js';

/** Decides whether an IPC call comes from the app's own page. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export interface RegisterOptions {
  isTrustedSender: SenderCheck;
  /** Sees unexpected handler failures (the caller only gets `internal`). */
  onError?: (error: unknown, channel: string) => void;
}

/** Channel names registered per ipcMain object (one in the app; tests swap it). */
const registered = new WeakMap<IpcMain, Set<string>>();

export const FORBIDDEN_RESULT: BridgeResult<never> = {
  ok: false,
  error: { code: 'forbidden', messageKey: 'errors.forbidden', issues: [], details: {} },
};

/**
 * `ipcMain.handle` for every channel of the contract. Throws, before registering anything, when a channel is
 * already registered. Returns a function that removes the handlers again.
 */
export function registerContractHandlers(handlers: Handlers, options: RegisterOptions): () => void {
  const channels = contractChannels();
  const names = registered.get(ipcMain) ?? new Set<string>();
  const seen = new Set<string>();
  for (const { name } of channels) {
    if (names.has(name) || seen.has(name)) throw new Error(`IPC channel registered twice: ${name}`);
    seen.add(name);
  }
  registered.set(ipcMain, names);
  for (const { feature, method, name } of channels) {
    names.add(name);
    ipcMain.handle(name, async (event: IpcMainInvokeEvent, payload: unknown): Promise<BridgeResult<unknown>> => {
      if (!options.isTrustedSender(event)) return FORBIDDEN_RESULT;
      return dispatch(handlers, feature, method, payload, (error) => options.onError?.(error, name));
    });
  }
  return () => {
    for (const name of seen) {
      ipcMain.removeHandler(name);
      names.delete(name);
    }
  };
}

/**
 * Trusted only when the call comes from the main frame of our window's own webContents and that frame shows a page
 * of the app's origin (app://spokesdesk, or the dev server in development): not an iframe, not another window.
 */
export function mainFrameSenderCheck(getWindow: () => BrowserWindow | null, trustedOrigins: ReadonlySet<string>): SenderCheck {
  return (event) => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return false;
    const contents = window.webContents;
    const frame = event.senderFrame;
    if (!frame || event.sender.id !== contents.id) return false;
    const mainFrame = contents.mainFrame;
    const isMainFrame = frame.parent === null && frame.processId === mainFrame.processId && frame.routingId === mainFrame.routingId;
    return isMainFrame && isTrustedUrl(frame.url, trustedOrigins);
  };
}
