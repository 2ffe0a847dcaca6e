// Editing one talking point: the form, save (a content edit of an approved point starts a new revision), approval, staleness, revisions and usage.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TalkingPoint } from '../../../shared/model/talking-point';
import { call } from '../api/client';
import { useLibraryResolver } from '../editor/libraryResolver';
import { useCitationInsert } from './CitationDialog';
import { emptyTalkingPointForm, talkingPointFields, talkingPointForm } from './formModel';
import { ItemEditorShell } from './ItemEditorShell';
import type { LibraryRow } from './libraryQuery';
import { TalkingPointForm } from './TalkingPointForm';
import type { LibraryData } from './useLibraryData';
import { useItemEditor } from './useItemEditor';

interface TalkingPointEditorProps {
  point: TalkingPoint | null;
  row: LibraryRow<TalkingPoint> | null;
  library: LibraryData;
  topics: readonly string[];
  today: string;
  onSaved(point: TalkingPoint): void;
  onDelete(point: TalkingPoint): void;
  onBack(): void;
}

export function TalkingPointEditor({ point, row, library, topics, today, onSaved, onDelete, onBack }: TalkingPointEditorProps) {
  const { t } = useTranslation();
  const editor = useItemEditor({
    item: point,
    empty: emptyTalkingPointForm,
    toForm: talkingPointForm,
    toFields: talkingPointFields,
    contentKeys: ['title', 'message', 'messageEn', 'proofPoints'],
    create: (fields) => call('talkingPoints', 'create', { fields }),
    update: (item, fields) => call('talkingPoints', 'update', { id: item.id, fields, expectedUpdatedAt: item.updatedAt }),
    approve: (item, approvedBy, reviewBy) => call('talkingPoints', 'approve', { id: item.id, approvedBy, ...(reviewBy ? { reviewBy } : {}), expectedUpdatedAt: item.updatedAt }),
    savedMessage: (saved, revised) => t(revised ? 'library.tp.savedRevision' : 'library.tp.saved', { revision: saved.revision }),
    onSaved,
  });
  const directives = useMemo(() => library.directives ?? [], [library.directives]);
  const directiveMap = useMemo(() => new Map(directives.map((d) => [d.id, d])), [directives]);
  const resolve = useLibraryResolver({ directives: library.directives, talkingPoints: library.talkingPoints, qaItems: library.qaItems, today });
  const citation = useCitationInsert(directives, t('library.citation.menu'));
  const insertMenu = useMemo(() => [citation.item], [citation.item]);

  return (
    <ItemEditorShell<TalkingPoint>
      kind="talkingPoints"
      item={point}
      heading={editor.values.title.trim() || t(point ? 'library.tp.untitled' : 'library.tp.new')}
      backLabel={t('library.tp.backToList')}
      dirty={editor.dirty}
      contentDirty={editor.contentDirty}
      busy={editor.busy}
      errorCount={Object.keys(editor.errors).length}
      reasons={row?.reasons ?? []}
      directives={directiveMap}
      onSave={editor.save}
      onApprove={editor.approve}
      onDelete={() => point && onDelete(point)}
      onBack={onBack}
    >
      <TalkingPointForm values={editor.values} onChange={editor.change} errors={editor.errors} directives={directives} topics={topics} resolve={resolve} insertMenu={insertMenu} />
      {citation.dialog}
    </ItemEditorShell>
  );
}
