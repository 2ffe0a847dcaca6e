// Modal dialog on the native <dialog>: the page behind is inert, Tab stays inside, Escape asks to close, focus returns.
import { Icon } from './Icon';
import { useEffect, useId, useRef, type ReactNode, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface DialogProps {
  title: string;
  /** Escape or the close button: the owner decides (e.g. asks before discarding changes). */
  onRequestClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  /** "side" is a tall panel on the right (forms); "center" a small box (confirmations). */
  variant?: 'side' | 'center';
  /** Element focused when the dialog opens; otherwise the first focusable control in the body. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes when the dialog closes if the element focused before it no longer exists. */
  fallbackFocus?: () => HTMLElement | null;
  role?: 'dialog' | 'alertdialog';
  describedBy?: string;
  closeLabel: string;
}

export function Dialog(props: DialogProps) {
  const { title, onRequestClose, children, footer, variant = 'center', initialFocus, fallbackFocus, role = 'dialog', describedBy, closeLabel } = props;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const fallbackRef = useRef(fallbackFocus);
  const requestCloseRef = useRef(onRequestClose);
  useEffect(() => {
    fallbackRef.current = fallbackFocus;
    requestCloseRef.current = onRequestClose;
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const target = initialFocus?.current ?? bodyRef.current?.querySelector<HTMLElement>(FOCUSABLE) ?? dialog;
    target.focus();
    // Escape with focus inside is handled in onKeyDown (which cancels this event); with focus lost to the page
    // (a control that had it was disabled or removed) only the native cancel event sees it: the owner decides too.
    const onNativeCancel = (event: Event) => {
      event.preventDefault();
      requestCloseRef.current();
    };
    dialog.addEventListener('cancel', onNativeCancel);
    return () => {
      dialog.removeEventListener('cancel', onNativeCancel);
      if (dialog.open) dialog.close();
      const back = previous?.isConnected ? previous : fallbackRef.current?.();
      back?.focus();
    };
    // Opening is tied to mounting: the owner renders the dialog only while it is open (initialFocus is a stable ref).
  }, [initialFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onRequestClose();
      return;
    }
    if (event.key === 'Tab') trapTab(event);
  };

  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const focusables = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && (document.activeElement === first || document.activeElement === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className={`dialog dialog--${variant}`}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      aria-modal="true"
      onKeyDown={onKeyDown}
    >
      <header className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="icon-button" onClick={onRequestClose} aria-label={closeLabel}>
          <Icon name="close" />
        </button>
      </header>
      <div className="dialog__body" ref={bodyRef}>
        {children}
      </div>
      {footer ? <footer className="dialog__footer">{footer}</footer> : null}
    </dialog>
  );
}

