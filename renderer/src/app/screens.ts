// The app's screens in navigation order, and reading/writing the current one in the URL hash (#/directives).
import type { IconName } from '../ui/Icon';

export const SCREEN_IDS = ['packets', 'directives', 'talkingPoints', 'qa', 'templates', 'settings'] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

export const DEFAULT_SCREEN: ScreenId = 'directives';

export const SCREEN_ICONS = {
  packets: 'packets',
  directives: 'directives',
  talkingPoints: 'talkingPoints',
  qa: 'qa',
  templates: 'templates',
  settings: 'settings',
} as const satisfies Record<ScreenId, IconName>;

export function isScreenId(value: string | undefined): value is ScreenId {
  return SCREEN_IDS.some((id) => id === value);
}

/** The screen of "#/directives" and of its sub-routes ("#/directives/<id>"). */
export function screenFromHash(hash: string): ScreenId {
  const candidate = hash.replace(/^#\/?/, '').split('/', 1)[0];
  return isScreenId(candidate) ? candidate : DEFAULT_SCREEN;
}

export function hashOf(screen: ScreenId): string {
  return `#/${screen}`;
}
