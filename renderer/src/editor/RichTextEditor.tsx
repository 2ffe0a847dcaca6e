// The shared rich-text editor (tiptap 3 on createExtensions()): toolbar, shortcuts, React node views of the reference nodes, NFC output.
//
// Props:
// - `value: RichDoc` — the document shown. A new value that differs from what the editor last emitted replaces the
//   content (without an undo step); to switch to another document, give the editor a new `key` instead.
// - `onChange(doc)` — called after each edit with the whole document, text normalised to NFC.
// - `label` — accessible name of the editing area (required); `describedBy` — id of a hint or error; `invalid` marks it.
// - `readOnly` — no toolbar, no editing; reference cards show no update buttons.
// - `resolve` — look-ups for the node views (directive short/full citation and status, talking point / Q&A title,
//   text and current revision, variable label); see `ReferenceResolver`. Read on every render, so it may change.
// - `insertMenu` — extra entries for the toolbar's "Chèn" menu (`run(editor)` gets the tiptap editor), e.g. the
//   composer's citation / talking point / Q&A / variable / excerpt pickers. "Ghi chú nội bộ" is always there.
// - `extensions` — editor-only tiptap extensions added after the shared ones (plugins, shortcuts, decorations). They
//   must not add nodes or marks: stored documents are checked against the shared schema. Read once, at mount.
// - `size` — "compact" (a few lines: proof points, answers), "normal", "tall" (packet sections) minimum height;
//   `toolbar` — "full" or "compact" (common commands, the rest under "more"); compact by default for a compact size.
// - `onEditor(editor | null)` — the tiptap editor once created (and null when destroyed), for screens that need it.
// - `ref` — `RichTextEditorHandle`: `focus('start' | 'end')`, `insertContent(nodes)` at the selection, `editor()`.
// Shortcuts: Ctrl+B/I/U, Ctrl+Alt+0–4 (paragraph, headings), Ctrl+Shift+7/8 (lists), Tab/Shift+Tab in lists,
// Ctrl+Shift+B (quote), Ctrl+K (link), Ctrl+Alt+N (internal note), Ctrl+Z / Ctrl+Shift+Z.
import { Extension, type AnyExtension, type JSONContent } from '@tiptap/core';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { createExtensions } from '../../../shared/editor/extensions';
import { DEFAULT_REFERENCE_LABELS } from '../../../shared/editor/labels';
import type { RichDoc, RichNode } from '../../../shared/model/rich-text';
import { EditorToolbar } from './EditorToolbar';
import { LinkDialog } from './LinkDialog';
import type { MenuItem } from './MenuButton';
import { NfcText, toRichDoc } from './nfc';
import { createNodeViews } from './nodeViews';
import { NO_RESOLVER, ResolverContext, type ReferenceResolver } from './resolver';
import './prosemirror.css';
import './editor.css';

export interface InsertMenuItem {
  id: string;
  label: string;
  keys?: string;
  disabled?: boolean;
  run(editor: Editor): void;
}

export interface RichTextEditorHandle {
  focus(position?: 'start' | 'end'): void;
  insertContent(content: RichNode | RichNode[]): void;
  editor(): Editor | null;
}

export interface RichTextEditorProps {
  value: RichDoc;
  onChange?(doc: RichDoc): void;
  label: string;
  describedBy?: string;
  invalid?: boolean;
  readOnly?: boolean;
  /** Language of the content, Vietnamese unless said ('en' for English versions), whatever the interface's language:
   *  screen readers pick their voice from it. */
  lang?: 'vi' | 'en';
  resolve?: ReferenceResolver;
  insertMenu?: readonly InsertMenuItem[];
  extensions?: readonly AnyExtension[];
  size?: 'compact' | 'normal' | 'tall';
  /** "compact": the common commands on the bar, the rest in a "more" menu; the default follows `size`. */
  toolbar?: 'full' | 'compact';
  id?: string;
  className?: string;
  testId?: string;
  onEditor?(editor: Editor | null): void;
  ref?: Ref<RichTextEditorHandle>;
}

interface LinkRequest {
  initial: string;
  existing: boolean;
}

/** What the editor's extensions and callbacks read at call time: the latest props, set after each render. */
class LiveProps {
  resolve: ReferenceResolver = NO_RESOLVER;
  onChange: ((doc: RichDoc) => void) | undefined = undefined;
  openLink: () => void = () => undefined;

  update(values: Partial<Pick<LiveProps, 'resolve' | 'onChange' | 'openLink'>>): void {
    Object.assign(this, values);
  }
}

function buildExtensions(live: LiveProps, extra: readonly AnyExtension[]): AnyExtension[] {
  return [
    ...createExtensions({
      nodeViews: createNodeViews(),
      resizableTables: true,
      labels: {
        citation: (attrs) => live.resolve.directive?.(attrs.directiveId)?.short ?? DEFAULT_REFERENCE_LABELS.citation(attrs),
        talkingPoint: (attrs) => live.resolve.talkingPoint?.(attrs.talkingPointId)?.title ?? DEFAULT_REFERENCE_LABELS.talkingPoint(attrs),
        qa: (attrs) => live.resolve.qa?.(attrs.qaId)?.title ?? DEFAULT_REFERENCE_LABELS.qa(attrs),
      },
    }),
    NfcText,
    Extension.create({
      name: 'spokesdeskShortcuts',
      addKeyboardShortcuts() {
        return {
          'Mod-k': () => {
            live.openLink();
            return true;
          },
          'Mod-Alt-n': () => this.editor.commands.toggleInternalNote(),
        };
      },
    }),
    ...extra,
  ];
}

function contentAttributes(options: { id: string; size: string; label: string; describedBy?: string; invalid?: boolean; readOnly: boolean; lang: string }): Record<string, string> {
  return {
    id: options.id,
    class: `rich-text rich-text--${options.size}`,
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': options.label,
    ...(options.describedBy ? { 'aria-describedby': options.describedBy } : {}),
    ...(options.invalid ? { 'aria-invalid': 'true' } : {}),
    ...(options.readOnly ? { 'aria-readonly': 'true' } : {}),
    lang: options.lang,
    spellcheck: 'true',
  };
}

function sameDoc(a: JSONContent, b: RichDoc): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function RichTextEditor(props: RichTextEditorProps) {
  const { value, onChange, label, describedBy, invalid, readOnly = false, lang = 'vi', resolve = NO_RESOLVER, insertMenu = [], size = 'normal', toolbar, className, testId, onEditor, ref } = props;
  const generatedId = useId();
  const contentId = props.id ?? `${generatedId}-content`;
  const [link, setLink] = useState<LinkRequest | null>(null);
  const lastEmitted = useRef<RichDoc>(value);
  const [live] = useState(() => new LiveProps());
  useEffect(() => {
    live.update({ onChange, resolve });
  });
  const [extensions] = useState(() => buildExtensions(live, props.extensions ?? []));

  const editor = useEditor({
    extensions,
    content: value,
    editable: !readOnly,
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: { attributes: contentAttributes({ id: contentId, size, label, describedBy, invalid, readOnly, lang }) },
    onUpdate: ({ editor: current }) => {
      const doc = toRichDoc(current.getJSON());
      lastEmitted.current = doc;
      live.onChange?.(doc);
    },
  });

  useEffect(() => {
    editor.setOptions({ editorProps: { attributes: contentAttributes({ id: contentId, size, label, describedBy, invalid, readOnly, lang }) } });
  }, [editor, contentId, size, label, describedBy, invalid, readOnly, lang]);

  useEffect(() => {
    editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  useEffect(() => {
    if (value === lastEmitted.current) return;
    lastEmitted.current = value;
    if (sameDoc(editor.getJSON(), value)) return;
    editor
      .chain()
      .command(({ tr }) => {
        tr.setMeta('addToHistory', false);
        return true;
      })
      .setContent(value, { emitUpdate: false })
      .run();
  }, [editor, value]);

  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  useEffect(() => {
    live.update({
      openLink: () => {
        if (readOnly) return;
        const href: unknown = editor.getAttributes('link').href;
        setLink({ initial: typeof href === 'string' ? href : '', existing: editor.isActive('link') });
      },
    });
  }, [live, editor, readOnly]);

  useImperativeHandle(
    ref,
    () => ({
      focus: (position = 'end') => {
        editor.commands.focus(position);
      },
      insertContent: (content) => {
        editor.chain().focus().insertContent(Array.isArray(content) ? content : [content]).run();
      },
      editor: () => editor,
    }),
    [editor],
  );

  const menuItems = useMemo<MenuItem[]>(
    () => insertMenu.map((item) => ({ id: item.id, label: item.label, keys: item.keys, disabled: item.disabled, run: () => item.run(editor) })),
    [insertMenu, editor],
  );

  return (
    // Node views read the resolver from context: a new resolver (library loaded, item edited) redraws them.
    <ResolverContext.Provider value={resolve}>
      <div className={`rich-editor${readOnly ? ' rich-editor--readonly' : ''}${invalid ? ' rich-editor--invalid' : ''}${className ? ` ${className}` : ''}`} data-testid={testId}>
        {readOnly ? null : <EditorToolbar editor={editor} variant={toolbar ?? (size === 'compact' ? 'compact' : 'full')} insertItems={menuItems} onLink={() => live.openLink()} />}
        <EditorContent editor={editor} className="rich-editor__content" />
      </div>
      {link ? (
        <LinkDialog
          initial={link.initial}
          onClose={() => {
            setLink(null);
            editor.commands.focus();
          }}
          onApply={(href) => {
            setLink(null);
            const chain = editor.chain().focus().extendMarkRange('link');
            if (editor.state.selection.empty && !link.existing) chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
            else chain.setLink({ href }).run();
          }}
          onRemove={
            link.existing
              ? () => {
                  setLink(null);
                  editor.chain().focus().extendMarkRange('link').unsetLink().run();
                }
              : null
          }
        />
      ) : null}
    </ResolverContext.Provider>
  );
}
