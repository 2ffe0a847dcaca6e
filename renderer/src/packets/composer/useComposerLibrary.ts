// The library the composer draws on (directives, talking points, Q&A, the packet's template), loaded once per packet opened.
import { useCallback, useEffect, useState } from 'react';
import type { Directive } from '../../../../shared/model/directive';
import type { QAItem } from '../../../../shared/model/qa-item';
import type { TalkingPoint } from '../../../../shared/model/talking-point';
import type { Template } from '../../../../shared/model/template';
import { call } from '../../api/client';

export interface ComposerLibrary {
  directives: ReadonlyMap<string, Directive>;
  talkingPoints: ReadonlyMap<string, TalkingPoint>;
  qaItems: ReadonlyMap<string, QAItem>;
  template: Template | null;
}

const EMPTY: ComposerLibrary = { directives: new Map(), talkingPoints: new Map(), qaItems: new Map(), template: null };

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Loads the library; `reload` refreshes it (after the user edits an item elsewhere, or before preflight). */
export function useComposerLibrary(templateId: string | null): { library: ComposerLibrary; loaded: boolean; error: unknown; reload(): void } {
  const [library, setLibrary] = useState<ComposerLibrary>(EMPTY);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    const template = templateId ? call('templates', 'get', { id: templateId }).catch(() => null) : Promise.resolve(null);
    Promise.all([call('directives', 'list', {}), call('talkingPoints', 'list', {}), call('qa', 'list', {}), template]).then(
      ([directives, talkingPoints, qaItems, found]) => {
        if (!current) return;
        setLibrary({ directives: byId(directives), talkingPoints: byId(talkingPoints), qaItems: byId(qaItems), template: found });
        setLoaded(true);
        setError(null);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(failure);
        setLoaded(true);
      },
    );
    return () => {
      current = false;
    };
  }, [templateId, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { library, loaded, error, reload };
}
