// The one tiptap extension list of Spokesdesk (editor, validator, exporter, CLI): StarterKit narrowed to NODE_TYPES/MARK_TYPES plus our nodes.
import { getSchema, type AnyExtension, type NodeViewRenderer } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { Table, TableRow } from '@tiptap/extension-table';
import { StarterKit } from '@tiptap/starter-kit';
import { DirectiveExcerpt, InternalNote, QaBlock, TalkingPointBlock } from './block-nodes.js';
import { Citation, Variable } from './inline-nodes.js';
import { DEFAULT_REFERENCE_LABELS, type ReferenceLabels } from './labels.js';
import type { MarkType, NodeType } from './nodes.js';
import { PasteCleanup } from './paste-plugin.js';
import { SafeLink, StoredTableCell, StoredTableHeader, StyledOrderedList } from './standard-nodes.js';

/** Heading levels the editor offers (and parses from pasted h1–h4; h5/h6 are mapped to 4 by the paste sanitiser). */
export const HEADING_LEVELS = [1, 2, 3, 4] as const;

const FROM_STARTER_KIT = 'starterKit';

/**
 * Where each node type of the stored format comes from. `satisfies Record<NodeType, …>` fails the build when
 * NODE_TYPES gains or loses a type that is not listed here; the unit test checks the built schema against NODE_TYPES.
 */
const NODE_SOURCES = {
  doc: FROM_STARTER_KIT,
  paragraph: FROM_STARTER_KIT,
  text: FROM_STARTER_KIT,
  heading: FROM_STARTER_KIT,
  bulletList: FROM_STARTER_KIT,
  orderedList: StyledOrderedList,
  listItem: FROM_STARTER_KIT,
  blockquote: FROM_STARTER_KIT,
  hardBreak: FROM_STARTER_KIT,
  horizontalRule: FROM_STARTER_KIT,
  table: Table,
  tableRow: TableRow,
  tableHeader: StoredTableHeader,
  tableCell: StoredTableCell,
  citation: Citation,
  variable: Variable,
  talkingPointBlock: TalkingPointBlock,
  qaBlock: QaBlock,
  internalNote: InternalNote,
  directiveExcerpt: DirectiveExcerpt,
} satisfies Record<NodeType, AnyExtension | typeof FROM_STARTER_KIT>;

const MARK_SOURCES = {
  bold: FROM_STARTER_KIT,
  italic: FROM_STARTER_KIT,
  underline: FROM_STARTER_KIT,
  link: SafeLink,
} satisfies Record<MarkType, AnyExtension | typeof FROM_STARTER_KIT>;

/** Nodes the renderer draws with its own (React) node views. */
export const NODE_VIEW_TYPES = ['citation', 'variable', 'talkingPointBlock', 'qaBlock', 'directiveExcerpt', 'internalNote'] as const satisfies readonly NodeType[];
export type NodeViewType = (typeof NODE_VIEW_TYPES)[number];

export interface ExtensionOptions {
  /** Text written for reference nodes when copying out of the editor; the renderer passes library-aware labels. */
  labels?: Partial<ReferenceLabels>;
  /** Node views by node name, e.g. `{ citation: ReactNodeViewRenderer(CitationChip) }` in the renderer. */
  nodeViews?: Partial<Record<NodeViewType, NodeViewRenderer>>;
  /** Column resizing handles on tables (editor only). */
  resizableTables?: boolean;
}

function withNodeView(extension: AnyExtension, view: NodeViewRenderer | undefined): AnyExtension {
  return view ? extension.extend({ addNodeView: () => view }) : extension;
}

/** The extension list; every caller that needs the schema (editor, import validation, export, CLI) builds it from here. */
export function createExtensions(options: ExtensionOptions = {}): AnyExtension[] {
  const labels: ReferenceLabels = { ...DEFAULT_REFERENCE_LABELS, ...options.labels };
  const views = options.nodeViews ?? {};
  const own: Record<NodeType | MarkType, AnyExtension | typeof FROM_STARTER_KIT> = {
    ...NODE_SOURCES,
    ...MARK_SOURCES,
    citation: withNodeView(Citation.configure({ label: labels.citation }), views.citation),
    variable: withNodeView(Variable.configure({ label: labels.variable }), views.variable),
    talkingPointBlock: withNodeView(TalkingPointBlock.configure({ label: labels.talkingPoint }), views.talkingPointBlock),
    qaBlock: withNodeView(QaBlock.configure({ label: labels.qa }), views.qaBlock),
    directiveExcerpt: withNodeView(DirectiveExcerpt, views.directiveExcerpt),
    internalNote: withNodeView(InternalNote, views.internalNote),
    table: Table.configure({ resizable: options.resizableTables ?? false, allowTableNodeSelection: true }),
  };
  const starterKit = StarterKit.configure({
    heading: { levels: [...HEADING_LEVELS] },
    // Not in the stored format, or replaced by a narrowed version below.
    code: false,
    codeBlock: false,
    strike: false,
    orderedList: false,
    link: false,
  });
  return [starterKit, ...Object.values(own).filter((source): source is AnyExtension => source !== FROM_STARTER_KIT), PasteCleanup];
}

let sharedSchema: Schema | null = null;

/** The ProseMirror schema of the stored format (built once; label and node-view options do not change it). */
export function editorSchema(): Schema {
  sharedSchema ??= getSchema(createExtensions());
  return sharedSchema;
}
