// Delete with a confirmation and an undo toast, for talking points and Q&A items.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useToasts } from '../ui/Toasts';

interface DeleteConfig<T> {
  remove(item: T): Promise<T>;
  restore(item: T): Promise<T>;
  onRemoved(item: T): void;
  onRestored(item: T): void;
  texts(item: T): { title: string; body: string; deleted: string };
}

export function useDeleteWithUndo<T>(config: DeleteConfig<T>): { ask(item: T): void; dialog: ReactNode } {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [pending, setPending] = useState<T | null>(null);

  const confirm = async (item: T) => {
    setPending(null);
    try {
      const deleted = await config.remove(item);
      config.onRemoved(deleted);
      toasts.notify({
        message: config.texts(deleted).deleted,
        action: {
          label: t('common.undo'),
          run: () => {
            config.restore(deleted).then(config.onRestored, (error: unknown) => toasts.notify({ message: errorMessage(t, error), tone: 'error' }));
          },
        },
      });
    } catch (error) {
      toasts.notify({ message: errorMessage(t, error), tone: 'error' });
    }
  };

  const texts = pending === null ? null : config.texts(pending);
  const dialog =
    pending !== null && texts ? (
      <ConfirmDialog title={texts.title} body={texts.body} confirmLabel={t('library.editor.delete')} onCancel={() => setPending(null)} onConfirm={() => void confirm(pending)} />
    ) : null;
  return { ask: setPending, dialog };
}
