// Editing one Q&A item: the form, save (a content edit of an approved answer starts a new revision), approval, staleness, revisions and usage.
import { useTranslation } from 'react-i18next';
import type { QAItem } from '../../../shared/model/qa-item';
import { call } from '../api/client';
import { LibraryItemEditor, type LibraryEditorProps } from '../library/LibraryItemEditor';
import { emptyQaForm, qaFields, qaForm } from './formModel';
import { QaForm } from './QaForm';

export function QaEditor(props: LibraryEditorProps<QAItem>) {
  const { t } = useTranslation();
  const talkingPoints = props.library.talkingPoints ?? [];
  return (
    <LibraryItemEditor
      {...props}
      kind="qa"
      config={{
        empty: emptyQaForm,
        toForm: qaForm,
        toFields: qaFields,
        contentKeys: ['question', 'questionEn', 'answer', 'answerEn', 'bridgingLines'],
        create: (fields) => call('qa', 'create', { fields }),
        update: (current, fields) => call('qa', 'update', { id: current.id, fields, expectedUpdatedAt: current.updatedAt }),
        approve: (current, approvedBy, reviewBy) => call('qa', 'approve', { id: current.id, approvedBy, ...(reviewBy ? { reviewBy } : {}), expectedUpdatedAt: current.updatedAt }),
        savedMessage: (saved, revised) => t(revised ? 'library.tp.savedRevision' : 'library.qa.saved', { revision: saved.revision }),
      }}
      heading={(values) => values.question.trim() || t(props.item ? 'library.qa.untitled' : 'library.qa.new')}
      backLabel={t('library.qa.backToList')}
      form={(form) => <QaForm {...form} talkingPoints={talkingPoints} />}
    />
  );
}
