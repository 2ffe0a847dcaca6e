// What a library screen (talking points, Q&A) keeps: the loaded library, list or editor, filters and search, delete with undo, the shell's commands.
import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { DirectiveLookup } from '../../../shared/library/staleness';
import type { Language } from '../../../shared/model/common';
import { useReportReady, useScreenCommands } from '../app/shellContext';
import { currentLanguage } from '../i18n';
import { localeOf } from '../i18n/format';
import { useShownRows, type BrowserState, type LibraryBrowserProps } from '../talking-points/LibraryBrowser';
import { EMPTY_LIBRARY_FILTER, indexLibrary, topicsOf, type LibraryItem, type LibraryRow } from '../talking-points/libraryQuery';
import { useDeleteWithUndo } from '../talking-points/useDeleteWithUndo';
import { todayIso, useLibraryData, type LibraryData } from '../talking-points/useLibraryData';
import { useSample, type SampleOffer } from '../talking-points/useSample';
import { useViewFocus } from '../ui/useViewFocus';
import type { LibraryEditorProps } from './LibraryItemEditor';

/** What the screen shows: the list, another view of the kind (`Extra`), or the editor of one item (`id` null: a new one). */
export type LibraryView<Extra extends string = never> = { kind: 'list' | Extra } | { kind: 'edit'; id: string | null };

/** How one kind of library item differs: where its list is in the library, and how it is deleted and restored. */
export interface LibraryKind<T extends LibraryItem> {
  kind: LibraryBrowserProps<T>['kind'];
  items(library: LibraryData): T[] | null;
  put(library: LibraryData, item: T): void;
  drop(library: LibraryData, id: string): void;
  remove(item: T): Promise<T>;
  restore(item: T): Promise<T>;
  deleteTexts(item: T): { title: string; body: string; deleted: string };
}

export interface LibraryScreen<T extends LibraryItem, Extra extends string> {
  library: LibraryData;
  sample: SampleOffer;
  language: Language;
  topics: string[];
  view: LibraryView<Extra>;
  setView(view: LibraryView<Extra>): void;
  items: T[] | null;
  shown: ReadonlyArray<LibraryRow<T>>;
  /** The props of the kind's editor for the item being edited (null: a new one). */
  editor: LibraryEditorProps<T>;
  deleteDialog: ReactNode;
  /** The list's props but for what the kind describes itself (rows, labels). */
  browser: Omit<LibraryBrowserProps<T>, 'describe' | 'labels'>;
}

const editedId = (view: LibraryView<string>): string | null | undefined => ('id' in view ? view.id : undefined);

export function useLibraryScreen<T extends LibraryItem, Extra extends string = never>(spec: LibraryKind<T>): LibraryScreen<T, Extra> {
  const library = useLibraryData();
  const sample = useSample(library.reload);
  const language = currentLanguage();
  const collator = useMemo(() => new Intl.Collator(localeOf(language), { numeric: true, sensitivity: 'base' }), [language]);
  const [today] = useState(() => todayIso());
  const [view, setView] = useState<LibraryView<Extra>>({ kind: 'list' });
  const id = editedId(view);
  useViewFocus(id === undefined ? view.kind : `edit:${id ?? 'new'}`, '[role="listbox"]');
  const [browser, setBrowser] = useState<BrowserState>({ filter: EMPTY_LIBRARY_FILTER, sort: 'updated', activeId: null });
  const searchRef = useRef<HTMLInputElement>(null);

  const items = spec.items(library);
  const directiveMap: DirectiveLookup = useMemo(() => new Map((library.directives ?? []).map((d) => [d.id, d])), [library.directives]);
  const index = useMemo(() => indexLibrary(items ?? [], directiveMap, today), [items, directiveMap, today]);
  const shown = useShownRows(index, browser, collator);
  const topics = useMemo(() => topicsOf([...(library.talkingPoints ?? []), ...(library.qaItems ?? [])], collator), [library.talkingPoints, library.qaItems, collator]);
  const deletion = useDeleteWithUndo<T>({
    remove: spec.remove,
    restore: spec.restore,
    onRemoved: (item) => {
      spec.drop(library, item.id);
      setView({ kind: 'list' });
    },
    onRestored: (item) => {
      spec.put(library, item);
      setBrowser((state) => ({ ...state, activeId: item.id }));
    },
    texts: spec.deleteTexts,
  });

  useReportReady(items !== null || library.loadError !== null);
  useScreenCommands({
    // Only from the list: in an editor, Ctrl+N would drop unsaved edits.
    newItem: () => {
      if (view.kind !== 'edit') setView({ kind: 'edit', id: null });
    },
    find: () => {
      if (view.kind !== 'list') return;
      searchRef.current?.focus();
      searchRef.current?.select();
    },
  });

  const editing = id ? (items?.find((item) => item.id === id) ?? null) : null;
  const editingRow = editing ? (index.find((row) => row.item.id === editing.id) ?? null) : null;

  return {
    library,
    sample,
    language,
    topics,
    view,
    setView,
    items,
    shown,
    editor: {
      item: editing,
      row: editingRow,
      library,
      topics,
      today,
      onSaved: (saved) => {
        spec.put(library, saved);
        setBrowser((state) => ({ ...state, activeId: saved.id }));
        if (id === null) setView({ kind: 'edit', id: saved.id });
      },
      onDelete: deletion.ask,
      onBack: () => setView({ kind: 'list' }),
    },
    deleteDialog: deletion.dialog,
    browser: {
      kind: spec.kind,
      items,
      index,
      collator,
      state: browser,
      onState: (changes) => setBrowser((state) => ({ ...state, ...changes })),
      loadError: library.loadError,
      onRetry: library.reload,
      onOpen: (item) => setView({ kind: 'edit', id: item.id }),
      onDelete: deletion.ask,
      searchRef,
    },
  };
}
