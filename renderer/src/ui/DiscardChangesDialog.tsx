// "Discard unsaved changes?": asked before leaving an editor with unsaved edits; Keep editing has focus, so Enter does not lose work.
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';

export function DiscardChangesDialog({ onKeep, onDiscard }: { onKeep(): void; onDiscard(): void }) {
  const { t } = useTranslation();
  return <ConfirmDialog title={t('common.discardTitle')} body={t('common.discardBody')} confirmLabel={t('common.discard')} cancelLabel={t('common.keepEditing')} focus="cancel" onCancel={onKeep} onConfirm={onDiscard} />;
}
