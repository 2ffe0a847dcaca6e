// One-click copy of a piece of text to the clipboard, with a visible and announced "Đã sao chép" for a moment afterwards.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import { useToasts } from '../ui/Toasts';

const CONFIRMATION_MS = 2000;

interface CopyButtonProps {
  text: string;
  /** The accessible name: says what is copied ("Sao chép trích dẫn: Những lần sau (rút gọn)"). */
  label: string;
  quiet?: boolean;
}

export function CopyButton({ text, label, quiet = false }: CopyButtonProps) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [copied, setCopied] = useState(false);
  const timer = useRef<number | null>(null);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      toasts.notify({ message: t('citations.copyFailed'), tone: 'error' });
      return;
    }
    setCopied(true);
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setCopied(false), CONFIRMATION_MS);
  };

  return (
    <>
      <button
        type="button"
        className={`button copy-button${quiet ? ' button--quiet' : ''}${copied ? ' copy-button--done' : ''}`}
        aria-label={label}
        onClick={() => void copy()}
      >
        <Icon name={copied ? 'check' : 'copy'} size={16} />
        <span>{copied ? t('citations.copied') : t('citations.copy')}</span>
      </button>
      <span className="visually-hidden" role="status">
        {copied ? t('citations.copiedAnnounce') : ''}
      </span>
    </>
  );
}
