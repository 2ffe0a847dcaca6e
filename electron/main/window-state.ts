// The main window's remembered size, position and maximised state: read (validated), clamped to the screens, written atomically.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file.js';

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WIDTH = 800;
export const MIN_HEIGHT = 560;
const DEFAULT_WIDTH = 1280;
const DEFAULT_HEIGHT = 820;
/** How much of the title bar must stay on a screen for the window to count as reachable. */
const VISIBLE_MARGIN = 64;

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

export const windowStateSchema = z
  .object({ x: coordinate.optional(), y: coordinate.optional(), width: length, height: length, maximized: z.boolean() })
  .strict();
export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT, maximized: false };

/** The saved state, or the default when the file is missing, unreadable or invalid (a window size is not worth an error). */
export async function readWindowState(dataDir: string): Promise<WindowState> {
  let text: string;
  try {
    text = await readFile(join(dataDir, WINDOW_STATE_FILE), 'utf8');
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export async function writeWindowState(dataDir: string, state: WindowState): Promise<void> {
  const valid = windowStateSchema.parse(state);
  await writeFileAtomic(join(dataDir, WINDOW_STATE_FILE), `${JSON.stringify(valid, null, 2)}\n`);
}

/**
 * Fits a saved state to the screens present now: the size shrinks to the work area it lands on, and a position
 * whose title bar is not reachable on any screen (unplugged monitor, changed layout) is dropped so the OS centres it.
 */
export function clampToWorkAreas(state: WindowState, workAreas: readonly Rect[], primary: Rect): WindowState {
  const { x, y } = state;
  const positioned = x !== undefined && y !== undefined;
  const area = positioned ? (workAreas.find((a) => titleBarVisible({ x, y, width: state.width }, a)) ?? null) : null;
  const fitIn = area ?? primary;
  const width = Math.max(Math.min(state.width, fitIn.width), Math.min(MIN_WIDTH, fitIn.width));
  const height = Math.max(Math.min(state.height, fitIn.height), Math.min(MIN_HEIGHT, fitIn.height));
  if (!area || !positioned) return { width, height, maximized: state.maximized };
  const clampedX = Math.min(Math.max(x, area.x), area.x + area.width - width);
  const clampedY = Math.min(Math.max(y, area.y), area.y + area.height - height);
  return { x: clampedX, y: clampedY, width, height, maximized: state.maximized };
}

function titleBarVisible(window: { x: number; y: number; width: number }, area: Rect): boolean {
  const overlap = Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
  const titleInside = window.y >= area.y && window.y <= area.y + area.height - VISIBLE_MARGIN;
  return overlap >= Math.min(VISIBLE_MARGIN, window.width) && titleInside;
}
