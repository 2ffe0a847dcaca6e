// English UI strings for a part of the window that failed to show (an editor that did not load, a screen error) (merged into en.ts).
import type { errorBoundaryVi } from './errors.vi';

export const errorBoundaryEn: typeof errorBoundaryVi = {
  errorBoundary: {
    partTitle: 'The editor could not be opened',
    partBody: 'The editor did not load. Saved data is not affected; press “Try again”. If it still fails, close and reopen Spokesdesk.',
    screenTitle: 'This screen ran into an error',
    screenBody: 'Spokesdesk ran into an error while showing this screen. Saved data is not affected; press “Try again”. If it still fails, close and reopen Spokesdesk.',
    detail: 'Technical detail: {{message}}',
    retry: 'Try again',
  },
};
