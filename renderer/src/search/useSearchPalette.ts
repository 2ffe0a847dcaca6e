// The search palette's open state (Ctrl+K / Cmd+K reaches it through the shared command table in useAppCommands).
import { useCallback, useState } from 'react';

export interface SearchPaletteControl {
  open: boolean;
  show(): void;
  hide(): void;
}

export function useSearchPalette(): SearchPaletteControl {
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  const hide = useCallback(() => setOpen(false), []);
  return { open, show, hide };
}
