// Inserts a citation of a directive (with an optional pinpoint) into a rich-text editor: the "Trích dẫn văn bản…" entry of the insert menu.
import type { Editor } from '@tiptap/react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directive } from '../../../shared/model/directive';
import type { InsertMenuItem } from '../editor/RichTextEditor';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { DirectivePicker } from './DirectivePicker';

interface CitationDialogProps {
  directives: readonly Directive[];
  onInsert(directiveId: string, pinpoint: string): void;
  onClose(): void;
}

export function CitationDialog({ directives, onInsert, onClose }: CitationDialogProps) {
  const { t } = useTranslation();
  const [directiveId, setDirectiveId] = useState('');
  const [pinpoint, setPinpoint] = useState('');
  return (
    <Dialog
      title={t('library.citation.title')}
      onRequestClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button--primary" disabled={!directiveId} onClick={() => onInsert(directiveId, pinpoint.trim())}>
            {t('library.citation.insert')}
          </button>
        </>
      }
    >
      <Field label={t('library.tp.directive')}>{(control) => <DirectivePicker {...control} directives={directives} value={directiveId} onChange={setDirectiveId} testId="citation-directive" />}</Field>
      <Field label={t('library.tp.pinpoint')} hint={t('library.tp.pinpointHint')}>
        {(control) => <input {...control} className="input" value={pinpoint} onChange={(event) => setPinpoint(event.target.value)} />}
      </Field>
    </Dialog>
  );
}

/** The insert-menu entry and the dialog state for it: render `dialog` next to the editors. */
export function useCitationInsert(directives: readonly Directive[], label: string): { item: InsertMenuItem; dialog: ReactNode } {
  const [target, setTarget] = useState<Editor | null>(null);
  const item: InsertMenuItem = { id: 'citation', label, run: (editor) => setTarget(editor) };
  const dialog = target ? (
    <CitationDialog
      directives={directives}
      onClose={() => {
        target.commands.focus();
        setTarget(null);
      }}
      onInsert={(directiveId, pinpoint) => {
        target.chain().focus().insertCitation({ directiveId, pinpoint }).run();
        setTarget(null);
      }}
    />
  ) : null;
  return { item, dialog };
}
