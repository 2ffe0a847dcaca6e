// The search palette's open state and its global shortcut Ctrl+K (Cmd+K on macOS).
import { useCallback, useEffect, useState } from 'react';

export interface SearchPaletteControl {
  open: boolean;
  show(): void;
  hide(): void;
}

/** Ctrl+K is left alone while another dialog is open, and where a control already used it (Ctrl+K in the rich-text editor inserts a link). */
export function useSearchShortcut(): SearchPaletteControl {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return;
      if (event.defaultPrevented || document.querySelector('dialog[open]') !== null) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  const show = useCallback(() => setOpen(true), []);
  const hide = useCallback(() => setOpen(false), []);
  return { open, show, hide };
}
