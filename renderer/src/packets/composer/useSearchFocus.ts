// Opens the composer at a search hit: switches to the matched section, then points out the matched words in its editor.
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { Packet } from '../../../../shared/model/packet';
import type { ItemFocus } from '../../app/itemRoute';
import { revealMatches } from './searchMatches';

const MAX_FRAMES_FOR_EDITOR = 30;

/** The focus's section when the packet still has it. */
export function focusedSection(packet: Packet, focus: ItemFocus | null): string | null {
  const id = focus?.sectionId ?? null;
  return id !== null && packet.sections.some((section) => section.id === id) ? id : null;
}

interface SearchFocusOptions {
  /** From the route: a new object each time the palette opens a hit in this packet. */
  focus: ItemFocus | null;
  packet: Packet;
  activeId: string | null;
  select(sectionId: string): void;
  editorOf(sectionId: string): Editor | null;
}

export function useSearchFocus({ focus, packet, activeId, select, editorOf }: SearchFocusOptions): void {
  const [pending, setPending] = useState(focus);
  const [seen, setSeen] = useState(focus);
  if (focus !== seen) {
    setSeen(focus);
    setPending(focus);
  }
  useEffect(() => {
    if (!pending) return undefined;
    const sectionId = focusedSection(packet, pending) ?? activeId;
    if (sectionId !== activeId) {
      if (sectionId !== null) select(sectionId);
      return undefined;
    }
    let frame = 0;
    let frames = 0;
    // A section shown for the first time creates its editor after this render: wait a few frames for it.
    const reveal = () => {
      const editor = sectionId === null ? null : editorOf(sectionId);
      if (editor) revealMatches(editor, pending.terms);
      if (editor || sectionId === null || ++frames > MAX_FRAMES_FOR_EDITOR) setPending(null);
      else frame = requestAnimationFrame(reveal);
    };
    frame = requestAnimationFrame(reveal);
    return () => cancelAnimationFrame(frame);
  }, [pending, packet, activeId, select, editorOf]);
}
