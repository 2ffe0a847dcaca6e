// The composer's autosave: edits written after the pause, one save at a time with the last stored timestamp, flushed on demand, stopped on conflict.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Packet, PacketFields } from '../../../shared/model/index.js';
import { AUTOSAVE_DELAY_MS, PacketAutosave, RETRY_DELAY_MS, type AutosaveDeps } from '../../../renderer/src/packets/composer/autosave.js';

function packet(updatedAt: string, title: string): Packet {
  return {
    id: 'packet-autosave',
    schemaVersion: 1,
    createdAt: '2026-11-01T08:00:00.000+07:00',
    updatedAt,
    title,
    documentNumber: '',
    variables: {},
    sections: [],
    templateId: null,
    period: { kind: 'month', year: 2026, month: 11 },
    briefingDate: null,
    layoutPreset: 'nd30',
    previousPacketId: null,
    status: 'draft',
    approvedBy: null,
    approvedAt: null,
    history: [],
  };
}

interface Harness {
  autosave: PacketAutosave;
  saves: Array<{ title: string; expected: string | undefined }>;
  writes: string[];
  errors: Array<{ code: string; stopped: boolean }>;
  setTitle(title: string): void;
  failNext(code: string): void;
}

function harness(): Harness {
  let title = 'Bản đầu';
  let stamp = 0;
  let failure: string | null = null;
  const saves: Harness['saves'] = [];
  const writes: string[] = [];
  const errors: Harness['errors'] = [];
  const deps: AutosaveDeps = {
    read: (): PacketFields => ({ ...packet('', title), title }),
    save: async (fields, expected) => {
      saves.push({ title: fields.title, expected });
      await Promise.resolve();
      if (failure) {
        const code = failure;
        failure = null;
        throw Object.assign(new Error(code), { code, messageKey: `errors.${code}` });
      }
      stamp++;
      return packet(`2026-11-26T09:00:0${stamp}.000+07:00`, fields.title);
    },
    beginWrite: () => ({ succeed: () => writes.push('succeed'), fail: (error) => writes.push(`fail:${error.code}`) }),
    onSaved: () => undefined,
    onError: (error, stopped) => errors.push({ code: error instanceof Error && 'code' in error ? String(error.code) : '', stopped }),
  };
  return {
    autosave: new PacketAutosave(deps, '2026-11-26T09:00:00.000+07:00'),
    saves,
    writes,
    errors,
    setTitle: (next) => {
      title = next;
    },
    failNext: (code) => {
      failure = code;
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('packet autosave', () => {
  it('waits for a pause in typing, then saves once with the stored timestamp, and chains the next save on the new one', async () => {
    const h = harness();
    for (const title of ['B', 'Bả', 'Bản hai']) {
      h.setTitle(title);
      h.autosave.changed();
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2);
    }
    expect(h.saves).toEqual([]);
    expect(h.autosave.current).toBe('pending');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(h.saves).toEqual([{ title: 'Bản hai', expected: '2026-11-26T09:00:00.000+07:00' }]);
    expect(h.writes).toEqual(['succeed']);
    expect(h.autosave.dirty).toBe(false);

    h.setTitle('Bản ba');
    h.autosave.changed();
    await h.autosave.flush();
    expect(h.saves.at(-1)).toEqual({ title: 'Bản ba', expected: '2026-11-26T09:00:01.000+07:00' });
    expect(h.autosave.current).toBe('saved');
  });

  it('flush writes at once and waits for a save already running; nothing to write means no save', async () => {
    const h = harness();
    await h.autosave.flush();
    expect(h.saves).toEqual([]);
    h.autosave.changed();
    const first = h.autosave.flush();
    h.setTitle('Sửa trong lúc lưu');
    h.autosave.changed();
    await Promise.all([first, h.autosave.flush()]);
    expect(h.saves.map((s) => s.title)).toEqual(['Bản đầu', 'Sửa trong lúc lưu']);
    expect(h.autosave.dirty).toBe(false);
  });

  it('retries a failed write later, and stops for good on a conflict (the packet must be reloaded)', async () => {
    const h = harness();
    h.failNext('storage');
    h.autosave.changed();
    await h.autosave.flush();
    expect(h.errors).toEqual([{ code: 'storage', stopped: false }]);
    expect(h.autosave.current).toBe('failed');
    await vi.advanceTimersByTimeAsync(RETRY_DELAY_MS);
    expect(h.saves).toHaveLength(2);
    expect(h.autosave.dirty).toBe(false);

    h.failNext('conflict');
    h.autosave.changed();
    await h.autosave.flush();
    expect(h.errors.at(-1)).toEqual({ code: 'conflict', stopped: true });
    expect(h.autosave.current).toBe('stopped');
    h.autosave.changed();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(h.saves).toHaveLength(3);
    expect(h.writes).toEqual(['fail:storage', 'fail:conflict']);
  });

  it('sends unsaved edits at once when the window closes', () => {
    const h = harness();
    h.autosave.flushNow();
    expect(h.saves).toEqual([]);
    h.autosave.changed();
    h.autosave.flushNow();
    expect(h.saves).toEqual([{ title: 'Bản đầu', expected: undefined }]);
  });
});
