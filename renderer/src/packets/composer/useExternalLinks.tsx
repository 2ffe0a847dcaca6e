// Links in packet content: a click (Ctrl+click while editing) asks first, showing the full address as it will open (punycode host), then opens it in the system browser; the app window never navigates.
import { useCallback, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeExternalUrl, type ExternalAddress } from '../../../../shared/editor/external-url';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useToasts } from '../../ui/Toasts';

/** Content links only: those inside a rich-text area (the section editors, locked or not). */
const CONTENT_LINK = '.rich-text a[href]';

export interface ExternalLinks {
  /** For the capture phase of the composer's root: catches every click on a content link before anything follows it. */
  onClickCapture(event: MouseEvent): void;
  /** Middle click would open the link in a new window: refused the same way. */
  onAuxClickCapture(event: MouseEvent): void;
  /** The confirmation, while one is asked. */
  dialog: ReactNode;
}

function contentLink(event: MouseEvent): HTMLAnchorElement | null {
  return event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(CONTENT_LINK) : null;
}

export function useExternalLinks(): ExternalLinks {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [pending, setPending] = useState<ExternalAddress | null>(null);

  const offer = useCallback(
    (written: string) => {
      const address = normalizeExternalUrl(written);
      if (address) setPending(address);
      else toasts.notify({ message: t('links.openFailed', { message: t('validation.invalid') }), tone: 'error' });
    },
    [t, toasts],
  );

  const onClickCapture = useCallback(
    (event: MouseEvent) => {
      const link = contentLink(event);
      if (!link) return;
      // Never let the window follow it (or open a new one for target="_blank").
      event.preventDefault();
      const editing = link.closest('[contenteditable="true"]') !== null;
      // While editing, a plain click puts the cursor in the link text; Ctrl (⌘) + click opens it.
      if (editing && !event.ctrlKey && !event.metaKey) return;
      event.stopPropagation();
      offer(link.getAttribute('href') ?? '');
    },
    [offer],
  );

  const onAuxClickCapture = useCallback((event: MouseEvent) => {
    if (contentLink(event)) event.preventDefault();
  }, []);

  const open = async ({ href: url }: ExternalAddress) => {
    setPending(null);
    try {
      await call('system', 'openExternal', { url });
    } catch (error) {
      toasts.notify({ message: t('links.openFailed', { message: errorMessage(t, error) }), tone: 'error' });
    }
  };

  const dialog =
    pending === null ? null : (
      <ConfirmDialog
        title={t('links.confirmTitle')}
        body={t('links.confirmBody')}
        detail={pending.unicode === null ? pending.href : t('links.addressReadsAs', { href: pending.href, unicode: pending.unicode })}
        confirmLabel={t('links.confirmOpen')}
        tone="primary"
        focus="cancel"
        onConfirm={() => void open(pending)}
        onCancel={() => setPending(null)}
      />
    );

  return { onClickCapture, onAuxClickCapture, dialog };
}
