// Keeps editor text in Unicode NFC: text changed by a transaction is normalised (outside IME composition), and emitted JSON is normalised too.
import { Extension, type JSONContent } from '@tiptap/core';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import type { RichDoc } from '../../../shared/model/rich-text';

const NFC_KEY = new PluginKey('nfcText');

function isNfc(text: string): boolean {
  return text === text.normalize('NFC');
}

/** Ranges of the final document touched by the given transactions (earlier ones mapped through the later ones). */
function touchedRanges(transactions: readonly Transaction[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  transactions.forEach((tr, t) => {
    const later = transactions.slice(t + 1);
    const toEnd = (pos: number, assoc: number) => later.reduce((p, next) => next.mapping.map(p, assoc), pos);
    tr.mapping.maps.forEach((map, i) => {
      const rest = tr.mapping.slice(i + 1);
      map.forEach((_oldFrom, _oldTo, from, to) => ranges.push([toEnd(rest.map(from, -1), -1), toEnd(rest.map(to, 1), 1)]));
    });
  });
  return ranges;
}

/** An editor-only plugin: it adds no node or mark, so the stored schema is untouched. */
export const NfcText = Extension.create({
  name: 'nfcText',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: NFC_KEY,
        appendTransaction(transactions, _oldState, newState) {
          const changed = transactions.filter((tr) => tr.docChanged);
          if (changed.length === 0 || transactions.some((tr) => tr.getMeta('composition') !== undefined || tr.getMeta(NFC_KEY))) return null;
          const ranges = touchedRanges(changed);
          const size = newState.doc.content.size;
          const fixes: Array<{ from: number; to: number; text: string }> = [];
          for (const [rawFrom, rawTo] of ranges) {
            const from = Math.max(0, Math.min(rawFrom, size));
            const to = Math.max(from, Math.min(rawTo, size));
            newState.doc.nodesBetween(from, to, (node, pos) => {
              if (node.isText && node.text && !isNfc(node.text)) fixes.push({ from: pos, to: pos + node.nodeSize, text: node.text.normalize('NFC') });
            });
          }
          if (fixes.length === 0) return null;
          const tr = newState.tr.setMeta(NFC_KEY, true).setMeta('addToHistory', true);
          const seen = new Set<number>();
          // From the end, so earlier positions stay valid.
          for (const fix of fixes.sort((a, b) => b.from - a.from)) {
            if (seen.has(fix.from)) continue;
            seen.add(fix.from);
            const node = tr.doc.nodeAt(fix.from);
            if (!node?.isText) continue;
            tr.replaceWith(fix.from, fix.to, newState.schema.text(fix.text, node.marks));
          }
          return tr.docChanged ? tr : null;
        },
      }),
    ];
  },
});

function normaliseNode(node: JSONContent): JSONContent {
  const text = node.text !== undefined && !isNfc(node.text) ? node.text.normalize('NFC') : node.text;
  const content = node.content?.map(normaliseNode);
  return { ...node, ...(text !== undefined ? { text } : {}), ...(content ? { content } : {}) };
}

/** The editor's JSON as a stored document: NFC text. */
export function toRichDoc(json: JSONContent): RichDoc {
  const normalised = normaliseNode(json);
  // The editor's top node is always the doc node of the shared schema; its children are shared-schema nodes.
  return { type: 'doc', content: (normalised.content ?? []) as RichDoc['content'] };
}
