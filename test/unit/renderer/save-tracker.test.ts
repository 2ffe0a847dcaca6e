// The status bar's save state: writes in flight or not yet confirmed by a `saved` event show as saving; disk failures stay visible.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONFIRM_TIMEOUT_MS, saveTracker } from '../../../renderer/src/api/saveTracker';

afterEach(() => {
  vi.useRealTimers();
});

describe('saveTracker', () => {
  it('is saving from the call until a saved event at or after the write, then saved with that time', () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T08:00:00.000Z') });
    const write = saveTracker.begin();
    expect(saveTracker.getSnapshot()).toEqual({ kind: 'saving' });
    vi.setSystemTime(new Date('2026-11-26T08:00:00.050Z'));
    write.succeed();
    expect(saveTracker.getSnapshot()).toEqual({ kind: 'saving' });
    saveTracker.confirm('2026-11-26T07:59:59.000Z');
    expect(saveTracker.getSnapshot()).toEqual({ kind: 'saving' });
    saveTracker.confirm('2026-11-26T08:00:00.200Z');
    expect(saveTracker.getSnapshot()).toEqual({ kind: 'saved', at: '2026-11-26T08:00:00.200Z' });
  });

  it('does not wait for another event when the write finished before the call returned', () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T09:00:00.000Z') });
    const write = saveTracker.begin();
    saveTracker.confirm('2026-11-26T09:00:00.010Z');
    write.succeed();
    expect(saveTracker.getSnapshot()).toEqual({ kind: 'saved', at: '2026-11-26T09:00:00.010Z' });
  });

  it('stops showing a write as saving when no saved event follows it (nothing needed writing)', () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T10:00:00.000Z') });
    saveTracker.begin().succeed();
    expect(saveTracker.getSnapshot()).toEqual({ kind: 'saving' });
    vi.advanceTimersByTime(CONFIRM_TIMEOUT_MS + 1);
    expect(saveTracker.getSnapshot().kind).toBe('saved');
  });

  it('shows a storage failure until the next successful write, but not a validation refusal', () => {
    saveTracker.begin().fail({ code: 'validation', messageKey: 'errors.validation', details: {} });
    expect(saveTracker.getSnapshot().kind).toBe('saved');
    saveTracker.begin().fail({ code: 'storage', messageKey: 'errors.storage', details: {} });
    expect(saveTracker.getSnapshot()).toEqual({ kind: 'failed', messageKey: 'errors.storage', details: {} });
    const retry = saveTracker.begin();
    retry.succeed();
    saveTracker.confirm(new Date(Date.now() + 1000).toISOString());
    expect(saveTracker.getSnapshot().kind).toBe('saved');
  });
});
