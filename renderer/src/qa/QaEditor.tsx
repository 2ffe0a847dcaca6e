// Editing one Q&A item: the form, save (a content edit of an approved answer starts a new revision), approval, staleness, revisions and usage.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { QAItem } from '../../../shared/model/qa-item';
import { call } from '../api/client';
import { useLibraryResolver } from '../editor/libraryResolver';
import { useCitationInsert } from '../talking-points/CitationDialog';
import { ItemEditorShell } from '../talking-points/ItemEditorShell';
import type { LibraryRow } from '../talking-points/libraryQuery';
import type { LibraryData } from '../talking-points/useLibraryData';
import { useItemEditor } from '../talking-points/useItemEditor';
import { emptyQaForm, qaFields, qaForm } from './formModel';
import { QaForm } from './QaForm';

interface QaEditorProps {
  item: QAItem | null;
  row: LibraryRow<QAItem> | null;
  library: LibraryData;
  topics: readonly string[];
  today: string;
  onSaved(item: QAItem): void;
  onDelete(item: QAItem): void;
  onBack(): void;
}

export function QaEditor({ item, row, library, topics, today, onSaved, onDelete, onBack }: QaEditorProps) {
  const { t } = useTranslation();
  const editor = useItemEditor({
    item,
    empty: emptyQaForm,
    toForm: qaForm,
    toFields: qaFields,
    contentKeys: ['question', 'questionEn', 'answer', 'answerEn', 'bridgingLines'],
    create: (fields) => call('qa', 'create', { fields }),
    update: (current, fields) => call('qa', 'update', { id: current.id, fields, expectedUpdatedAt: current.updatedAt }),
    approve: (current, approvedBy, reviewBy) => call('qa', 'approve', { id: current.id, approvedBy, ...(reviewBy ? { reviewBy } : {}), expectedUpdatedAt: current.updatedAt }),
    savedMessage: (saved, revised) => t(revised ? 'library.tp.savedRevision' : 'library.qa.saved', { revision: saved.revision }),
    onSaved,
  });
  const directives = useMemo(() => library.directives ?? [], [library.directives]);
  const directiveMap = useMemo(() => new Map(directives.map((d) => [d.id, d])), [directives]);
  const resolve = useLibraryResolver({ directives: library.directives, talkingPoints: library.talkingPoints, qaItems: library.qaItems, today });
  const citation = useCitationInsert(directives, t('library.citation.menu'));
  const insertMenu = useMemo(() => [citation.item], [citation.item]);

  return (
    <ItemEditorShell<QAItem>
      kind="qa"
      item={item}
      heading={editor.values.question.trim() || t(item ? 'library.qa.untitled' : 'library.qa.new')}
      backLabel={t('library.qa.backToList')}
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
      <QaForm
        values={editor.values}
        onChange={editor.change}
        errors={editor.errors}
        directives={directives}
        talkingPoints={library.talkingPoints ?? []}
        topics={topics}
        resolve={resolve}
        insertMenu={insertMenu}
      />
      {citation.dialog}
    </ItemEditorShell>
  );
}
