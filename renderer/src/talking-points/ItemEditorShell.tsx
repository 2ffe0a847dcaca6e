// The frame of the talking point and Q&A editors: back, title and save bar (Ctrl+S), unsaved-changes guard, and the side panels (approval, staleness, revisions, usage).
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaleReason } from '../../../shared/library/staleness';
import type { Directive } from '../../../shared/model/directive';
import { useSettings } from '../app/settingsContext';
import { useUnsavedGuard } from '../app/shellContext';
import { EditorIcon } from '../editor/icons';
import { DiscardChangesDialog } from '../ui/DiscardChangesDialog';
import { Icon } from '../ui/Icon';
import { ApprovalPanel, ApproveDialog } from './ApprovalPanel';
import type { LibraryItem } from './libraryQuery';
import { RevisionsPanel } from './RevisionsPanel';
import { StalePanel } from './StalePanel';
import { UsagePanel } from './UsagePanel';

interface ItemEditorShellProps<T extends LibraryItem> {
  kind: 'talkingPoints' | 'qa';
  item: T | null;
  heading: string;
  backLabel: string;
  dirty: boolean;
  /** Unsaved changes to the content of an approved item (saving starts a new revision). */
  contentDirty: boolean;
  busy: boolean;
  errorCount: number;
  reasons: readonly StaleReason[];
  directives: ReadonlyMap<string, Directive>;
  /** Saves the form; resolves with the stored item, or null when the form has errors. */
  onSave(): Promise<T | null>;
  onApprove(item: T, approver: string, reviewBy: string | undefined): Promise<void>;
  onDelete(item: T): void;
  onBack(): void;
  children: ReactNode;
}

export function ItemEditorShell<T extends LibraryItem>(props: ItemEditorShellProps<T>) {
  const { kind, item, heading, backLabel, dirty, contentDirty, busy, errorCount, reasons, directives, onSave, onApprove, onDelete, onBack, children } = props;
  const { t } = useTranslation();
  const { settings } = useSettings();
  const [approving, setApproving] = useState(false);
  const [leaving, setLeaving] = useState(false);

  useUnsavedGuard(dirty);
  const back = () => (dirty ? setLeaving(true) : onBack());
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      if (!busy) void onSave();
    }
  };

  const confirmApproval = async (approver: string, reviewBy: string | undefined) => {
    const saved = dirty || !item ? await onSave() : item;
    if (!saved) {
      setApproving(false);
      return;
    }
    await onApprove(saved, approver, reviewBy);
    setApproving(false);
  };

  return (
    <div className="item-editor" onKeyDown={onKeyDown} data-testid={`${kind}-editor`}>
      <div className="item-editor__bar">
        <button type="button" className="button button--quiet" onClick={back} data-testid="editor-back">
          <EditorIcon name="back" size={16} />
          <span>{backLabel}</span>
        </button>
        <h2 className="item-editor__heading" title={heading}>
          {heading}
        </h2>
        <span className="item-editor__state" role="status">
          {dirty ? t('library.editor.unsaved') : item ? t('library.editor.saved') : ''}
        </span>
        {item ? (
          <button type="button" className="button button--danger-text" onClick={() => onDelete(item)} disabled={busy}>
            <Icon name="trash" size={16} />
            <span>{t('library.editor.delete')}</span>
          </button>
        ) : null}
        <button type="button" className="button button--primary" onClick={() => void onSave()} disabled={busy || (!dirty && item !== null)} aria-keyshortcuts="Control+S" title={t('library.editor.saveShortcut')} data-testid="save-item">
          {busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
      <div className="item-editor__body">
        <form className="item-editor__form" noValidate onSubmit={(event) => event.preventDefault()}>
          {errorCount > 0 ? (
            <p className="form__alert" role="alert">
              {t('common.errorSummary', { count: errorCount })}
            </p>
          ) : null}
          {item?.approval.status === 'approved' && contentDirty ? (
            <p className="notice notice--warning" role="status" data-testid="will-revise">
              {t('library.editor.willRevise', { revision: item.revision + 1 })}
            </p>
          ) : null}
          {children}
        </form>
        <aside className="item-editor__side" aria-label={t('library.editor.sideLabel')}>
          <ApprovalPanel item={item} dirty={contentDirty} busy={busy} onApprove={() => setApproving(true)} />
          {item === null ? <p className="side-panel muted">{t('library.editor.saveFirst')}</p> : null}
          <StalePanel reasons={reasons} directives={directives} />
          {item ? <RevisionsPanel kind={kind} item={item} /> : null}
          {item ? <UsagePanel kind={kind} id={item.id} currentRevision={item.revision} /> : null}
        </aside>
      </div>
      {approving ? (
        <ApproveDialog item={item} defaultApprover={settings.spokespersonName} busy={busy} onClose={() => setApproving(false)} onConfirm={(approver, reviewBy) => void confirmApproval(approver, reviewBy)} />
      ) : null}
      {leaving ? (
        <DiscardChangesDialog
          onKeep={() => setLeaving(false)}
          onDiscard={() => {
            setLeaving(false);
            onBack();
          }}
        />
      ) : null}
    </div>
  );
}
