// What a screen tells the shell: its commands (new item, find, the open packet's) for shortcuts and menus, and that its data has loaded.
import { createContext, useContext, useEffect, useRef } from 'react';
import { call } from '../api/client';

export interface ScreenCommands {
  /** The screen's own new item (Ctrl+N where the screen has one; the packets list opens the new-packet dialog). */
  newItem?: () => void;
  /** The screen's own find (its list filter); the composer's find in packet goes first. */
  find?: () => void;
  /** The open packet's commands (the composer). */
  findInPacket?: () => void;
  saveVersion?: () => void;
  exportPdf?: () => void;
  print?: () => void;
}

const COMMAND_NAMES = ['newItem', 'find', 'findInPacket', 'saveVersion', 'exportPdf', 'print'] as const satisfies ReadonlyArray<keyof ScreenCommands>;

export interface ShellApi {
  setCommands(commands: ScreenCommands | null): void;
  reportReady(): void;
  /** Whether the shown editor holds unsaved changes: leaving the screen then asks first. */
  setUnsaved(unsaved: boolean): void;
}

export const ShellContext = createContext<ShellApi | null>(null);

function useShell(): ShellApi {
  const api = useContext(ShellContext);
  if (!api) throw new Error('Screen rendered outside the app shell');
  return api;
}

/** Registers the screen's commands while it is shown; the latest callbacks are always used. */
export function useScreenCommands(commands: ScreenCommands): void {
  const shell = useShell();
  const latest = useRef(commands);
  useEffect(() => {
    latest.current = commands;
  });
  // Which commands exist, as one string: the registration changes only when that does, not on every render.
  const present = COMMAND_NAMES.filter((name) => commands[name] !== undefined).join(' ');
  useEffect(() => {
    const registered: ScreenCommands = {};
    for (const name of present.split(' ').filter(isCommandName)) registered[name] = () => latest.current[name]?.();
    shell.setCommands(registered);
    return () => shell.setCommands(null);
  }, [shell, present]);
}

function isCommandName(name: string): name is (typeof COMMAND_NAMES)[number] {
  return COMMAND_NAMES.some((known) => known === name);
}

let firstScreenAnnounced = false;

/** Tells main, once per window, that the first screen shows: its deferred start-up work (reading the large collections) begins. */
function announceFirstScreen(): void {
  if (firstScreenAnnounced) return;
  firstScreenAnnounced = true;
  call('system', 'firstScreenShown', {}).catch(() => undefined);
}

/** Marks the app ready (data-app-ready) once the screen's first data is on screen. */
export function useReportReady(ready: boolean): void {
  const shell = useShell();
  useEffect(() => {
    if (!ready) return;
    shell.reportReady();
    announceFirstScreen();
  }, [ready, shell]);
}

/** Tells the shell while an editor has unsaved changes, so navigating to another screen asks before discarding them. */
export function useUnsavedGuard(unsaved: boolean): void {
  const shell = useShell();
  useEffect(() => {
    shell.setUnsaved(unsaved);
    return () => shell.setUnsaved(false);
  }, [shell, unsaved]);
}
