// Editing one talking point: the form, save (a content edit of an approved point starts a new revision), approval, staleness, revisions and usage.
import { useTranslation } from 'react-i18next';
import type { TalkingPoint } from '../../../shared/model/talking-point';
import { call } from '../api/client';
import { LibraryItemEditor, type LibraryEditorProps } from '../library/LibraryItemEditor';
import { emptyTalkingPointForm, talkingPointFields, talkingPointForm } from './formModel';
import { TalkingPointForm } from './TalkingPointForm';

export function TalkingPointEditor(props: LibraryEditorProps<TalkingPoint>) {
  const { t } = useTranslation();
  return (
    <LibraryItemEditor
      {...props}
      kind="talkingPoints"
      config={{
        empty: emptyTalkingPointForm,
        toForm: talkingPointForm,
        toFields: talkingPointFields,
        contentKeys: ['title', 'message', 'messageEn', 'proofPoints'],
        create: (fields) => call('talkingPoints', 'create', { fields }),
        update: (item, fields) => call('talkingPoints', 'update', { id: item.id, fields, expectedUpdatedAt: item.updatedAt }),
        approve: (item, approvedBy, reviewBy) => call('talkingPoints', 'approve', { id: item.id, approvedBy, ...(reviewBy ? { reviewBy } : {}), expectedUpdatedAt: item.updatedAt }),
        savedMessage: (saved, revised) => t(revised ? 'library.tp.savedRevision' : 'library.tp.saved', { revision: saved.revision }),
      }}
      heading={(values) => values.title.trim() || t(props.item ? 'library.tp.untitled' : 'library.tp.new')}
      backLabel={t('library.tp.backToList')}
      form={(form) => <TalkingPointForm {...form} />}
    />
  );
}
