// What the data folder already holds when the wizard opens: starter and sample status, built-in templates, and counts of existing content.
import { useCallback, useEffect, useState } from 'react';
import type { StarterStatus } from '../../../shared/ipc/features/directives';
import type { SampleStatus } from '../../../shared/ipc/features/talking-points';
import type { Template } from '../../../shared/model/template';
import { call } from '../api/client';

export interface ExistingContent {
  directives: number;
  talkingPoints: number;
  qaItems: number;
  packets: number;
}

export interface LibraryFacts {
  starter: StarterStatus;
  sample: SampleStatus;
  builtInTemplates: Template[];
  existing: ExistingContent;
}

export type FactsState = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'ready'; facts: LibraryFacts };

export function hasContent(existing: ExistingContent): boolean {
  return existing.directives + existing.talkingPoints + existing.qaItems + existing.packets > 0;
}

async function loadFacts(): Promise<LibraryFacts> {
  const [starter, sample, templates, directives, talkingPoints, qaItems, packets] = await Promise.all([
    call('directives', 'starterStatus', {}),
    call('talkingPoints', 'sampleStatus', {}),
    call('templates', 'list', {}),
    call('directives', 'list', {}),
    call('talkingPoints', 'list', {}),
    call('qa', 'list', {}),
    call('packets', 'list', {}),
  ]);
  return {
    starter,
    sample,
    builtInTemplates: templates.filter((template) => template.builtIn),
    existing: { directives: directives.length, talkingPoints: talkingPoints.length, qaItems: qaItems.length, packets: packets.length },
  };
}

/** Loads the facts once (and again on `retry`); a late answer after unmount is dropped. */
export function useLibraryFacts(): { state: FactsState; retry(): void } {
  const [state, setState] = useState<FactsState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    loadFacts().then(
      (facts) => current && setState({ kind: 'ready', facts }),
      (error: unknown) => current && setState({ kind: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
