// The editor of one library item (talking point or Q&A): the item's editor state and its form inside the shared frame, with citations and references.
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directive } from '../../../shared/model/directive';
import { useLibraryResolver } from '../editor/libraryResolver';
import type { InsertMenuItem } from '../editor/RichTextEditor';
import type { ReferenceResolver } from '../editor/resolver';
import { useCitationInsert } from '../talking-points/CitationDialog';
import type { FieldMessages } from '../talking-points/formCommon';
import { ItemEditorShell } from '../talking-points/ItemEditorShell';
import type { LibraryItem, LibraryRow } from '../talking-points/libraryQuery';
import type { LibraryData } from '../talking-points/useLibraryData';
import { useItemEditor, type ItemEditorConfig } from '../talking-points/useItemEditor';

/** What a library screen hands the editor of its kind. */
export interface LibraryEditorProps<T extends LibraryItem> {
  item: T | null;
  row: LibraryRow<T> | null;
  library: LibraryData;
  topics: readonly string[];
  today: string;
  onSaved(item: T): void;
  onDelete(item: T): void;
  onBack(): void;
}

/** What every kind's form is given. */
export interface LibraryFormProps<V> {
  values: V;
  onChange(changes: Partial<V>): void;
  errors: FieldMessages;
  directives: readonly Directive[];
  topics: readonly string[];
  resolve: ReferenceResolver;
  insertMenu: readonly InsertMenuItem[];
}

interface LibraryItemEditorProps<T extends LibraryItem, V, F> extends LibraryEditorProps<T> {
  kind: 'talkingPoints' | 'qa';
  config: Omit<ItemEditorConfig<T, V, F>, 'item' | 'onSaved'>;
  /** The editor's title for the values being edited (the item's own title, or a placeholder). */
  heading(values: V): string;
  backLabel: string;
  form(props: LibraryFormProps<V>): ReactNode;
}

export function LibraryItemEditor<T extends LibraryItem, V, F>(props: LibraryItemEditorProps<T, V, F>) {
  const { kind, item, row, library, topics, today, onSaved, onDelete, onBack, config, heading, backLabel, form } = props;
  const { t } = useTranslation();
  const editor = useItemEditor({ ...config, item, onSaved });
  const directives = useMemo(() => library.directives ?? [], [library.directives]);
  const directiveMap = useMemo(() => new Map(directives.map((d) => [d.id, d])), [directives]);
  const resolve = useLibraryResolver({ directives: library.directives, talkingPoints: library.talkingPoints, qaItems: library.qaItems, today });
  const citation = useCitationInsert(directives, t('library.citation.menu'));
  const insertMenu = useMemo(() => [citation.item], [citation.item]);

  return (
    <ItemEditorShell<T>
      kind={kind}
      item={item}
      heading={heading(editor.values)}
      backLabel={backLabel}
      dirty={editor.dirty}
      contentDirty={editor.contentDirty}
      busy={editor.busy}
      errorCount={Object.keys(editor.errors).length}
      reasons={row?.reasons ?? []}
      directives={directiveMap}
      onSave={editor.save}
      onApprove={editor.approve}
      onDelete={() => item && onDelete(item)}
      onBack={onBack}
    >
      {form({ values: editor.values, onChange: editor.change, errors: editor.errors, directives, topics, resolve, insertMenu })}
      {citation.dialog}
    </ItemEditorShell>
  );
}
