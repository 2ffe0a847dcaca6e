// The editor's toolbar (one tab stop, arrow keys between controls): block type, marks, lists, indent, quote, table, link, insert menu, undo/redo.
import { useEditorState, type Editor } from '@tiptap/react';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HEADING_LEVELS } from '../../../shared/editor/extensions';
import { EditorIcon, type EditorIconName } from './icons';
import { MenuButton, type MenuItem } from './MenuButton';

export interface ToolbarState {
  blockType: 'paragraph' | `heading${(typeof HEADING_LEVELS)[number]}` | 'other';
  bold: boolean;
  italic: boolean;
  underline: boolean;
  bulletList: boolean;
  orderedList: boolean;
  letteredList: boolean;
  blockquote: boolean;
  link: boolean;
  inTable: boolean;
  inList: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

function readState(editor: Editor): ToolbarState {
  const heading = HEADING_LEVELS.find((level) => editor.isActive('heading', { level }));
  const inOrdered = editor.isActive('orderedList');
  const lettered = inOrdered && editor.isActive('orderedList', { listStyle: 'lower-alpha' });
  return {
    blockType: heading ? `heading${heading}` : editor.isActive('paragraph') ? 'paragraph' : 'other',
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    bulletList: editor.isActive('bulletList'),
    orderedList: inOrdered && !lettered,
    letteredList: lettered,
    blockquote: editor.isActive('blockquote'),
    link: editor.isActive('link'),
    inTable: editor.isActive('table'),
    inList: editor.isActive('listItem'),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

type ToolbarControl =
  | { kind: 'button'; id: string; icon: EditorIconName; label: string; keys?: string; active?: boolean; disabled?: boolean; run(): void }
  | { kind: 'menu'; id: string; label: string; items: MenuItem[]; content: ReactNode; disabled?: boolean; buttonLabel?: string }
  | { kind: 'separator'; id: string };

interface EditorToolbarProps {
  editor: Editor;
  /** "compact" keeps the common commands on the bar and moves the rest into a "more" menu (narrow editors). */
  variant: 'full' | 'compact';
  /** Extra commands of the screen using the editor (citations, talking points, variables…), shown in the "Chèn" menu. */
  insertItems: readonly MenuItem[];
  onLink(): void;
}

export function EditorToolbar({ editor, variant, insertItems, onLink }: EditorToolbarProps) {
  const { t } = useTranslation();
  const state = useEditorState({ editor, selector: ({ editor: current }) => readState(current) });
  const [stop, setStop] = useState(0);
  const chain = () => editor.chain().focus();
  const named = (label: string, keys?: string) => (keys ? t('editor.shortcut', { label, keys }) : label);

  const blockLabel = state.blockType.startsWith('heading') ? t('editor.heading', { level: state.blockType.slice(7) }) : t('editor.paragraph');
  const blockItems: MenuItem[] = [
    { id: 'paragraph', label: t('editor.paragraph'), keys: 'Ctrl+Alt+0', run: () => chain().setParagraph().run() },
    ...HEADING_LEVELS.map((level) => ({
      id: `heading${level}`,
      label: t('editor.heading', { level }),
      keys: `Ctrl+Alt+${level}`,
      run: () => chain().setHeading({ level }).run(),
    })),
  ];
  const tableItems: MenuItem[] = [
    { id: 'insert', label: t('editor.tableInsert'), disabled: state.inTable, run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
    { id: 'rowBefore', label: t('editor.tableRowBefore'), disabled: !state.inTable, run: () => chain().addRowBefore().run() },
    { id: 'rowAfter', label: t('editor.tableRowAfter'), disabled: !state.inTable, run: () => chain().addRowAfter().run() },
    { id: 'columnBefore', label: t('editor.tableColumnBefore'), disabled: !state.inTable, run: () => chain().addColumnBefore().run() },
    { id: 'columnAfter', label: t('editor.tableColumnAfter'), disabled: !state.inTable, run: () => chain().addColumnAfter().run() },
    { id: 'deleteRow', label: t('editor.tableDeleteRow'), disabled: !state.inTable, run: () => chain().deleteRow().run() },
    { id: 'deleteColumn', label: t('editor.tableDeleteColumn'), disabled: !state.inTable, run: () => chain().deleteColumn().run() },
    { id: 'headerRow', label: t('editor.tableHeaderRow'), disabled: !state.inTable, run: () => chain().toggleHeaderRow().run() },
    { id: 'delete', label: t('editor.tableDelete'), disabled: !state.inTable, run: () => chain().deleteTable().run() },
  ];
  const insertMenu: MenuItem[] = [
    { id: 'internalNote', label: t('editor.internalNote'), keys: 'Ctrl+Alt+N', run: () => chain().toggleInternalNote().run() },
    ...insertItems,
  ];

  const toggleOrdered = (listStyle: 'decimal' | 'lower-alpha') => {
    const active = listStyle === 'decimal' ? state.orderedList : state.letteredList;
    if (active) chain().toggleOrderedList().run();
    else if (state.orderedList || state.letteredList) chain().setOrderedListStyle(listStyle).run();
    else chain().toggleOrderedList().setOrderedListStyle(listStyle).run();
  };

  const button = (id: string, icon: EditorIconName, label: string, run: () => void, extra: { keys?: string; active?: boolean; disabled?: boolean } = {}): ToolbarControl => ({
    kind: 'button',
    id,
    icon,
    label,
    run,
    ...extra,
  });
  const block: ToolbarControl = {
    kind: 'menu',
    id: 'block',
    label: t('editor.blockType'),
    // The button shows the current block type, so its name says it too (WCAG 2.5.3, label in name).
    buttonLabel: variant === 'compact' ? undefined : t('editor.blockTypeCurrent', { current: blockLabel }),
    items: blockItems,
    content: <span className="editor-toolbar__block">{variant === 'compact' ? <EditorIcon name="paragraph" size={16} /> : blockLabel}<EditorIcon name="chevron" size={14} /></span>,
  };
  const marks = [
    button('bold', 'bold', t('editor.bold'), () => chain().toggleBold().run(), { keys: 'Ctrl+B', active: state.bold }),
    button('italic', 'italic', t('editor.italic'), () => chain().toggleItalic().run(), { keys: 'Ctrl+I', active: state.italic }),
    button('underline', 'underline', t('editor.underline'), () => chain().toggleUnderline().run(), { keys: 'Ctrl+U', active: state.underline }),
  ];
  const lists = [
    button('bulletList', 'bulletList', t('editor.bulletList'), () => chain().toggleBulletList().run(), { keys: 'Ctrl+Shift+8', active: state.bulletList }),
    button('orderedList', 'orderedList', t('editor.orderedList'), () => toggleOrdered('decimal'), { keys: 'Ctrl+Shift+7', active: state.orderedList }),
  ];
  const lettered = button('letteredList', 'letteredList', t('editor.letteredList'), () => toggleOrdered('lower-alpha'), { active: state.letteredList });
  const outdent = button('outdent', 'outdent', t('editor.outdent'), () => chain().liftListItem('listItem').run(), { keys: 'Shift+Tab', disabled: !state.inList });
  const indent = button('indent', 'indent', t('editor.indent'), () => chain().sinkListItem('listItem').run(), { keys: 'Tab', disabled: !state.inList });
  const quote = button('blockquote', 'blockquote', t('editor.blockquote'), () => chain().toggleBlockquote().run(), { keys: 'Ctrl+Shift+B', active: state.blockquote });
  const table: ToolbarControl = { kind: 'menu', id: 'table', label: t('editor.table'), items: tableItems, content: <EditorIcon name="table" /> };
  const link = button('link', 'link', t('editor.link'), onLink, { keys: 'Ctrl+K', active: state.link });
  const insert: ToolbarControl = {
    kind: 'menu',
    id: 'insert',
    label: t('editor.insert'),
    items: insertMenu,
    content: <span className="editor-toolbar__block"><EditorIcon name="insert" size={16} />{variant === 'compact' ? null : t('editor.insert')}</span>,
  };
  const history = [
    button('undo', 'undo', t('editor.undo'), () => chain().undo().run(), { keys: 'Ctrl+Z', disabled: !state.canUndo }),
    button('redo', 'redo', t('editor.redo'), () => chain().redo().run(), { keys: 'Ctrl+Shift+Z', disabled: !state.canRedo }),
  ];
  const asItem = (control: ToolbarControl): MenuItem[] =>
    control.kind === 'button' ? [{ id: control.id, label: control.label, keys: control.keys, disabled: control.disabled, run: control.run }] : [];
  const more: ToolbarControl = {
    kind: 'menu',
    id: 'more',
    label: t('editor.more'),
    items: [link, lettered, outdent, indent, quote, ...history].flatMap(asItem).concat(tableItems.map((item) => ({ ...item, id: `table-${item.id}` }))),
    content: <EditorIcon name="more" />,
  };
  const separator = (id: string): ToolbarControl => ({ kind: 'separator', id });
  const controls: ToolbarControl[] =
    variant === 'compact'
      ? [block, ...marks, ...lists, insert, more]
      : [block, separator('s1'), ...marks, separator('s2'), ...lists, lettered, outdent, indent, quote, separator('s3'), table, link, insert, separator('s4'), ...history];
  const focusable = controls.filter((control) => control.kind !== 'separator' && !control.disabled);
  const current = Math.min(stop, focusable.length - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    if (event.target instanceof HTMLElement && event.target.closest('[role="menu"]')) return;
    const elements = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-toolbar-stop]:not(:disabled)')];
    const from = elements.findIndex((element) => element === document.activeElement);
    const last = elements.length - 1;
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? last : event.key === 'ArrowRight' ? (from >= last ? 0 : from + 1) : from <= 0 ? last : from - 1;
    event.preventDefault();
    elements[to]?.focus();
  };

  return (
    <div className={`editor-toolbar editor-toolbar--${variant}`} role="toolbar" aria-label={t('editor.toolbar')} aria-controls={editor.view.dom.id || undefined} onKeyDown={onKeyDown}>
      {controls.map((control) => {
        if (control.kind === 'separator') return <span key={control.id} className="editor-toolbar__separator" aria-hidden="true" />;
        const index = focusable.indexOf(control);
        const tabIndex = index >= 0 && index === current ? 0 : -1;
        if (control.kind === 'menu') {
          return (
            <MenuButton key={control.id} label={control.label} buttonLabel={control.buttonLabel} items={control.items} tabIndex={tabIndex} disabled={control.disabled} testId={`editor-${control.id}`} onFocus={() => setStop(index)}>
              {control.content}
            </MenuButton>
          );
        }
        return (
          <button
            key={control.id}
            type="button"
            data-toolbar-stop=""
            className={`editor-toolbar__button${control.active ? ' editor-toolbar__button--active' : ''}`}
            aria-label={control.label}
            aria-pressed={control.active === undefined ? undefined : control.active}
            aria-keyshortcuts={control.keys?.replace(/Ctrl/g, 'Control')}
            title={named(control.label, control.keys)}
            tabIndex={tabIndex}
            disabled={control.disabled}
            data-testid={`editor-${control.id}`}
            onMouseDown={(event) => event.preventDefault()}
            onFocus={() => setStop(index)}
            onClick={control.run}
          >
            <EditorIcon name={control.icon} />
          </button>
        );
      })}
    </div>
  );
}
