// Browser bundle for the Chromium editor test: real tiptap editors on the shared extensions, driven from the test through window.editorLab.
import { Editor, type EditorOptions, type JSONContent } from '@tiptap/core';
import { createExtensions } from '../../../../shared/editor/extensions.js';

type EditorElement = EditorOptions['element'];

/** The page's document, typed as far as this bundle uses it (the test project compiles without the DOM library). */
interface PageDocument {
  createElement(tag: 'div'): EditorElement;
  body: { replaceChildren(...nodes: EditorElement[]): void };
}

function isPageDocument(value: unknown): value is PageDocument {
  return typeof value === 'object' && value !== null && 'createElement' in value && 'body' in value;
}

function mount(content: JSONContent): Editor {
  const page: unknown = Reflect.get(globalThis, 'document');
  if (!isPageDocument(page)) throw new Error('the editor lab runs in a page');
  const element = page.createElement('div');
  page.body.replaceChildren(element);
  return new Editor({ element, extensions: createExtensions(), content });
}

const EMPTY: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };

const editorLab = {
  /** Copies the whole document as the editor puts it on the clipboard (HTML and text), then pastes the HTML into an empty editor. */
  copyPaste(json: JSONContent): { html: string; text: string; pasted: JSONContent } {
    const source = mount(json);
    source.commands.selectAll();
    const { dom, text } = source.view.serializeForClipboard(source.state.selection.content());
    const html = dom.innerHTML;
    source.destroy();
    const target = mount(EMPTY);
    target.view.pasteHTML(html);
    return { html, text, pasted: target.getJSON() };
  },
  /** Pastes HTML into an empty editor through ProseMirror's clipboard path (transformPastedHTML included). */
  pasteHtml(html: string): JSONContent {
    const editor = mount(EMPTY);
    editor.view.pasteHTML(html);
    return editor.getJSON();
  },
  pasteText(text: string): JSONContent {
    const editor = mount(EMPTY);
    editor.view.pasteText(text);
    return editor.getJSON();
  },
  /** Mounts an empty editor for typing; its JSON is read back with json(). */
  mountEmpty(): void {
    const editor = mount(EMPTY);
    editor.commands.focus();
    Object.assign(globalThis, { currentEditor: editor });
  },
  json(): JSONContent {
    const editor: unknown = Reflect.get(globalThis, 'currentEditor');
    return editor instanceof Editor ? editor.getJSON() : {};
  },
};

Object.assign(globalThis, { editorLab });
export type EditorLab = typeof editorLab;
