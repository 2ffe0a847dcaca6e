// The library lists the talking point and Q&A screens work on (directives, talking points, Q&A items), loaded through the bridge and kept in step with edits.
import { useCallback } from 'react';
import type { Directive } from '../../../shared/model/directive';
import type { QAItem } from '../../../shared/model/qa-item';
import type { TalkingPoint } from '../../../shared/model/talking-point';
import { call } from '../api/client';
import { useBridgeLoad } from '../library/useBridgeLoad';

export interface LibraryData {
  directives: Directive[] | null;
  talkingPoints: TalkingPoint[] | null;
  qaItems: QAItem[] | null;
  loadError: unknown;
  reload(): void;
  putTalkingPoint(point: TalkingPoint): void;
  dropTalkingPoint(id: string): void;
  putQa(item: QAItem): void;
  dropQa(id: string): void;
}

interface LibraryLists {
  directives: Directive[];
  talkingPoints: TalkingPoint[];
  qaItems: QAItem[];
}

async function loadLibrary(): Promise<LibraryLists> {
  const [directives, talkingPoints, qaItems] = await Promise.all([call('directives', 'list', {}), call('talkingPoints', 'list', {}), call('qa', 'list', {})]);
  return { directives, talkingPoints, qaItems };
}

function upsert<T extends { id: string }>(list: T[], item: T): T[] {
  return [...list.filter((existing) => existing.id !== item.id), item];
}

export function useLibraryData(): LibraryData {
  const { data, setData, loadError, reload } = useBridgeLoad(loadLibrary);
  const putTalkingPoint = useCallback((point: TalkingPoint) => setData((lists) => lists && { ...lists, talkingPoints: upsert(lists.talkingPoints, point) }), [setData]);
  const dropTalkingPoint = useCallback((id: string) => setData((lists) => lists && { ...lists, talkingPoints: lists.talkingPoints.filter((p) => p.id !== id) }), [setData]);
  const putQa = useCallback((item: QAItem) => setData((lists) => lists && { ...lists, qaItems: upsert(lists.qaItems, item) }), [setData]);
  const dropQa = useCallback((id: string) => setData((lists) => lists && { ...lists, qaItems: lists.qaItems.filter((q) => q.id !== id) }), [setData]);

  return {
    directives: data?.directives ?? null,
    talkingPoints: data?.talkingPoints ?? null,
    qaItems: data?.qaItems ?? null,
    loadError,
    reload,
    putTalkingPoint,
    dropTalkingPoint,
    putQa,
    dropQa,
  };
}

/** Today's date (local) as "YYYY-MM-DD": staleness is judged on it. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
