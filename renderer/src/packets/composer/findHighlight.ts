// Find in packet: the matches of a section's editor drawn as decorations (no change to the document, no undo step), the current one marked; they follow edits.
import { Extension, type Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findInDoc } from './findMatches';

interface FindRequest {
  query: string;
  /** The index of the current match among this editor's matches, or null when the current one is elsewhere. */
  current: number | null;
}

interface FindHighlightState extends FindRequest {
  decorations: DecorationSet;
}

const findKey = new PluginKey<FindHighlightState>('composerFind');
const NONE: FindHighlightState = { query: '', current: null, decorations: DecorationSet.empty };

/** The class of every match; the current one has `find-match--current` too. */
export const FIND_MATCH_CLASS = 'find-match';
export const FIND_CURRENT_CLASS = 'find-match--current';

function isFindRequest(value: unknown): value is FindRequest {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'query') === 'string';
}

function highlight(doc: PmNode, { query, current }: FindRequest): FindHighlightState {
  const ranges = findInDoc(doc, query);
  const decorations = DecorationSet.create(
    doc,
    ranges.map((range, index) => Decoration.inline(range.from, range.to, { class: index === current ? `${FIND_MATCH_CLASS} ${FIND_CURRENT_CLASS}` : FIND_MATCH_CLASS })),
  );
  return { query, current, decorations };
}

export const FindHighlight = Extension.create({
  name: 'composerFindHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin<FindHighlightState>({
        key: findKey,
        state: {
          init: () => NONE,
          apply: (tr, previous) => {
            const request: unknown = tr.getMeta(findKey);
            if (isFindRequest(request)) return request.query === '' ? NONE : highlight(tr.doc, request);
            // The text changed (typing, or the content replaced): find again, so matches stay where the words are.
            return tr.docChanged && previous.query !== '' ? highlight(tr.doc, previous) : previous;
          },
        },
        props: {
          decorations: (state) => findKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
      }),
    ];
  },
});

/** Highlights `query` in the editor (an empty query clears); `current` marks one of this editor's matches. */
export function showFindMatches(editor: Editor, query: string, current: number | null): void {
  if (editor.isDestroyed) return;
  const request: FindRequest = { query, current };
  editor.view.dispatch(editor.view.state.tr.setMeta(findKey, request).setMeta('addToHistory', false));
}
