// Editor plugin that runs every paste through the sanitiser and leaves only NFC text in the pasted slice.
import { Extension } from '@tiptap/core';
import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { normalizePastedText, sanitizePastedHtml } from './paste.js';

function nfcFragment(fragment: Fragment): Fragment {
  let changed = false;
  const nodes: ProseMirrorNode[] = [];
  fragment.forEach((node) => {
    let next = node;
    if (node.isText) {
      const text = (node.text ?? '').normalize('NFC');
      if (text !== node.text) next = node.type.schema.text(text, node.marks);
    } else if (node.content.size > 0) {
      const content = nfcFragment(node.content);
      if (content !== node.content) next = node.copy(content);
    }
    if (next !== node) changed = true;
    nodes.push(next);
  });
  return changed ? Fragment.from(nodes) : fragment;
}

/** The slice with every text node in NFC (whatever produced it: HTML, plain text, another editor's internal copy). */
export function normalizeSlice(slice: Slice): Slice {
  const content = nfcFragment(slice.content);
  return content === slice.content ? slice : new Slice(content, slice.openStart, slice.openEnd);
}

export const PasteCleanup = Extension.create({
  name: 'pasteCleanup',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('pasteCleanup'),
        props: {
          transformPastedHTML: (html) => sanitizePastedHtml(html),
          transformPastedText: (text) => normalizePastedText(text),
          transformPasted: (slice) => normalizeSlice(slice),
        },
      }),
    ];
  },
});
