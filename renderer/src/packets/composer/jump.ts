// Puts the cursor on a finding's place in a section's editor: the node selected (or the text after it), scrolled into view and flashed.
import type { Editor } from '@tiptap/react';

const FLASH_CLASS = 'jump-flash';
const FLASH_MS = 1_600;

/** Selects the node at `pos` (null: the start of the section), scrolls to it and marks it briefly. */
export function jumpTo(editor: Editor, pos: number | null): void {
  const { doc } = editor.state;
  if (pos === null || pos < 0 || pos >= doc.content.size) {
    editor.chain().focus('start').scrollIntoView().run();
    return;
  }
  const node = doc.nodeAt(pos);
  const chain = editor.chain().focus();
  if (node && (node.isAtom || node.isLeaf) && !node.isText) chain.setNodeSelection(pos);
  else chain.setTextSelection(Math.min(pos + 1, doc.content.size));
  chain.scrollIntoView().run();
  const element = editor.view.nodeDOM(pos);
  const target = element instanceof HTMLElement ? element : element?.parentElement;
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.classList.add(FLASH_CLASS);
  window.setTimeout(() => target.classList.remove(FLASH_CLASS), FLASH_MS);
}
