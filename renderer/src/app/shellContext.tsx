// What a screen tells the shell: its commands (new item, find) for shortcuts and menus, and that its data has loaded.
import { createContext, useContext, useEffect, useRef } from 'react';

export interface ScreenCommands {
  newItem?: () => void;
  find?: () => void;
}

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
  const hasNew = commands.newItem !== undefined;
  const hasFind = commands.find !== undefined;
  useEffect(() => {
    shell.setCommands({
      newItem: hasNew ? () => latest.current.newItem?.() : undefined,
      find: hasFind ? () => latest.current.find?.() : undefined,
    });
    return () => shell.setCommands(null);
  }, [shell, hasNew, hasFind]);
}

/** Marks the app ready (data-app-ready) once the screen's first data is on screen. */
export function useReportReady(ready: boolean): void {
  const shell = useShell();
  useEffect(() => {
    if (ready) shell.reportReady();
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
