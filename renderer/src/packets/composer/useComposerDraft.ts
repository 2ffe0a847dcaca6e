// The packet being composed: what is stored, what is on screen (title, variables, section texts), autosave and word counts.
import { useCallback, useEffect, useRef, useState } from 'react';
import { packetFieldsOf } from '../../../../shared/ipc/features/packets';
import { wordCount } from '../../../../shared/editor/text';
import type { Packet, PacketFields } from '../../../../shared/model/packet';
import type { RichDoc } from '../../../../shared/model/rich-text';
import { BRIEFING_DATE_VARIABLE } from '../../../../shared/packets/variables';
import { isLocked } from '../../../../shared/packets/status';
import { call } from '../../api/client';
import { saveTracker } from '../../api/saveTracker';
import { PacketAutosave, type AutosaveState } from './autosave';

/** Word counts follow typing after this pause (a 30-page section takes a few milliseconds to count). */
const COUNT_DELAY_MS = 400;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface ComposerDraft {
  /** The packet as last stored (status, history, approval). */
  stored: Packet;
  title: string;
  variables: Readonly<Record<string, string>>;
  /** Section texts as they were when the editors were (re)built: editors own them afterwards. */
  initialContent(sectionId: string): RichDoc;
  words: ReadonlyMap<string, number>;
  locked: boolean;
  saveState: AutosaveState;
  /** When the content (not the status) was last stored: preflight results older than this are out of date. */
  contentSavedAt: string;
  /** Bumped when the content is replaced from outside (restore, reload): editors are rebuilt. */
  generation: number;
  setTitle(title: string): void;
  setVariable(name: string, value: string): void;
  sectionChanged(sectionId: string, doc: RichDoc): void;
  /** Writes unsaved edits now. */
  flush(): Promise<void>;
  /** The stored packet changed through a step (status, version): take it, keeping what is on screen. */
  adopt(packet: Packet): void;
  /** The content was replaced (restore): take the packet's content into the editors. */
  replace(packet: Packet): void;
  saveError: unknown;
}

function countAll(packet: Packet): Map<string, number> {
  return new Map(packet.sections.map((section) => [section.id, wordCount(section.content)]));
}

export function useComposerDraft(initial: Packet, onStopped: (error: unknown) => void): ComposerDraft {
  const [stored, setStored] = useState(initial);
  const [title, setTitleState] = useState(initial.title);
  const [variables, setVariables] = useState<Record<string, string>>(initial.variables);
  const [words, setWords] = useState(() => countAll(initial));
  const [generation, setGeneration] = useState(0);
  const [saveState, setSaveState] = useState<AutosaveState>('saved');
  const [saveError, setSaveError] = useState<unknown>(null);
  const [contentSavedAt, setContentSavedAt] = useState(initial.updatedAt);
  const contents = useRef(new Map(initial.sections.map((section) => [section.id, section.content])));
  const live = useRef({ stored: initial, title: initial.title, variables: initial.variables });
  const countTimers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const stoppedRef = useRef(onStopped);
  useEffect(() => {
    stoppedRef.current = onStopped;
  });

  const read = useCallback((): PacketFields => {
    const { stored: base, title: currentTitle, variables: values } = live.current;
    const briefing = values[BRIEFING_DATE_VARIABLE] ?? '';
    return {
      ...packetFieldsOf(base),
      title: currentTitle.normalize('NFC').trim() || base.title,
      variables: { ...values },
      briefingDate: ISO_DATE.test(briefing) ? briefing : base.briefingDate,
      sections: base.sections.map((section) => ({ ...section, content: contents.current.get(section.id) ?? section.content })),
    };
  }, []);

  // Created on first use (an edit, a flush, the unload listener), never during render: its callbacks read refs.
  const autosaveRef = useRef<PacketAutosave | null>(null);
  const autosave = useCallback((): PacketAutosave => {
    autosaveRef.current ??= new PacketAutosave(
      {
        read,
        save: (fields, expectedUpdatedAt) => call('packets', 'save', { id: initial.id, fields, expectedUpdatedAt }),
        beginWrite: () => saveTracker.begin(),
        onSaved: (packet) => {
          live.current.stored = packet;
          setStored(packet);
          setContentSavedAt(packet.updatedAt);
          setSaveError(null);
        },
        onError: (error, stopped) => {
          setSaveError(error);
          if (stopped) stoppedRef.current(error);
        },
        onState: setSaveState,
      },
      initial.updatedAt,
    );
    return autosaveRef.current;
  }, [initial.id, initial.updatedAt, read]);

  useEffect(() => {
    const onUnload = () => autosave().flushNow();
    window.addEventListener('beforeunload', onUnload);
    window.addEventListener('pagehide', onUnload);
    const timers = countTimers.current;
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      window.removeEventListener('pagehide', onUnload);
      for (const timer of timers.values()) clearTimeout(timer);
      void autosave().flush();
    };
  }, [autosave]);

  const setTitle = useCallback(
    (next: string) => {
      live.current.title = next;
      setTitleState(next);
      autosave().changed();
    },
    [autosave],
  );

  const setVariable = useCallback(
    (name: string, value: string) => {
      const next = { ...live.current.variables, [name]: value.normalize('NFC') };
      live.current.variables = next;
      setVariables(next);
      autosave().changed();
    },
    [autosave],
  );

  const sectionChanged = useCallback(
    (sectionId: string, doc: RichDoc) => {
      contents.current.set(sectionId, doc);
      autosave().changed();
      clearTimeout(countTimers.current.get(sectionId));
      countTimers.current.set(
        sectionId,
        setTimeout(() => {
          countTimers.current.delete(sectionId);
          setWords((current) => new Map(current).set(sectionId, wordCount(contents.current.get(sectionId) ?? doc)));
        }, COUNT_DELAY_MS),
      );
    },
    [autosave],
  );

  const adopt = useCallback(
    (packet: Packet) => {
      live.current.stored = packet;
      autosave().rebase(packet);
      setStored(packet);
    },
    [autosave],
  );

  const replace = useCallback(
    (packet: Packet) => {
      contents.current = new Map(packet.sections.map((section) => [section.id, section.content]));
      live.current = { stored: packet, title: packet.title, variables: packet.variables };
      autosave().rebase(packet);
      setStored(packet);
      setTitleState(packet.title);
      setVariables(packet.variables);
      setWords(countAll(packet));
      setContentSavedAt(packet.updatedAt);
      setGeneration((n) => n + 1);
    },
    [autosave],
  );

  const initialContent = useCallback((sectionId: string): RichDoc => contents.current.get(sectionId) ?? { type: 'doc', content: [{ type: 'paragraph' }] }, []);
  const flush = useCallback(() => autosave().flush(), [autosave]);

  return {
    stored,
    title,
    variables,
    initialContent,
    words,
    locked: isLocked(stored),
    saveState,
    contentSavedAt,
    generation,
    setTitle,
    setVariable,
    sectionChanged,
    flush,
    adopt,
    replace,
    saveError,
  };
}
