// The library lists the talking point and Q&A screens work on (directives, talking points, Q&A items), loaded through the bridge and kept in step with edits.
import { useCallback, useEffect, useState } from 'react';
import type { Directive } from '../../../shared/model/directive';
import type { QAItem } from '../../../shared/model/qa-item';
import type { TalkingPoint } from '../../../shared/model/talking-point';
import { call } from '../api/client';

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

function upsert<T extends { id: string }>(list: T[] | null, item: T): T[] {
  return [...(list ?? []).filter((existing) => existing.id !== item.id), item];
}

export function useLibraryData(): LibraryData {
  const [directives, setDirectives] = useState<Directive[] | null>(null);
  const [talkingPoints, setTalkingPoints] = useState<TalkingPoint[] | null>(null);
  const [qaItems, setQaItems] = useState<QAItem[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    Promise.all([call('directives', 'list', {}), call('talkingPoints', 'list', {}), call('qa', 'list', {})]).then(
      ([d, p, q]) => {
        if (!current) return;
        setDirectives(d);
        setTalkingPoints(p);
        setQaItems(q);
        setLoadError(null);
      },
      (error: unknown) => {
        if (current) setLoadError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const putTalkingPoint = useCallback((point: TalkingPoint) => setTalkingPoints((list) => upsert(list, point)), []);
  const dropTalkingPoint = useCallback((id: string) => setTalkingPoints((list) => (list ?? []).filter((p) => p.id !== id)), []);
  const putQa = useCallback((item: QAItem) => setQaItems((list) => upsert(list, item)), []);
  const dropQa = useCallback((id: string) => setQaItems((list) => (list ?? []).filter((q) => q.id !== id)), []);

  return { directives, talkingPoints, qaItems, loadError, reload, putTalkingPoint, dropTalkingPoint, putQa, dropQa };
}

/** Today's date (local) as "YYYY-MM-DD": staleness is judged on it. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
