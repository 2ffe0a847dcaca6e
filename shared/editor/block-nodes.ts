// Block nodes: embedded talking point and Q&A (atoms linked by id and revision), internal note and directive excerpt (containers).
import { mergeAttributes, Node, type JSONContent, type RawCommands } from '@tiptap/core';
import { NodeSelection, TextSelection, type Transaction } from '@tiptap/pm/state';
import { attributesFromZod, hasValidDataAttributes, type AttributeCodec, type AttributeSource } from './attributes.js';
import { DEFAULT_REFERENCE_LABELS, type DirectiveExcerptAttrs, type QaBlockAttrs, type TalkingPointBlockAttrs } from './labels.js';
import { NODE_ATTRS } from './nodes.js';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    talkingPointBlock: {
      /** Inserts a talking point block (the revision that was inserted is kept to flag later library edits). */
      insertTalkingPoint: (attrs: TalkingPointBlockAttrs) => ReturnType;
    };
    qaBlock: {
      /** Inserts a Q&A block. */
      insertQa: (attrs: QaBlockAttrs) => ReturnType;
    };
    internalNote: {
      /** Wraps the selected paragraphs and lists in an internal note, or lifts them out of one. */
      toggleInternalNote: () => ReturnType;
    };
    directiveExcerpt: {
      /** Inserts a quote of a directive's excerpt, one paragraph per line of the text. */
      insertDirectiveExcerpt: (attrs: { directiveId: string; excerptId?: string | null; text: string }) => ReturnType;
    };
  }
}

export interface TalkingPointBlockOptions {
  label: (attrs: TalkingPointBlockAttrs) => string;
}

export interface QaBlockOptions {
  label: (attrs: QaBlockAttrs) => string;
}

const TALKING_POINT_CODECS: Record<keyof TalkingPointBlockAttrs, AttributeCodec> = { talkingPointId: 'text', revision: 'integer' };
const QA_CODECS: Record<keyof QaBlockAttrs, AttributeCodec> = { qaId: 'text', revision: 'integer' };
const EXCERPT_CODECS: Record<keyof DirectiveExcerptAttrs, AttributeCodec> = { directiveId: 'text', excerptId: 'textOrNull' };

/**
 * Puts the cursor in the text block after the block just inserted (adding an empty paragraph when none follows), so a
 * second insert does not replace the first one and typing continues below it.
 */
function continueAfter(tr: Transaction, typeName: string): void {
  const { selection } = tr;
  let after: number | null = selection instanceof NodeSelection && selection.node.type.name === typeName ? selection.to : null;
  for (let depth = selection.$from.depth; after === null && depth > 0; depth--) {
    if (selection.$from.node(depth).type.name === typeName) after = selection.$from.after(depth);
  }
  if (after === null) return;
  const next = tr.doc.resolve(after).nodeAfter;
  if (!next?.isTextblock) {
    const paragraph = tr.doc.type.schema.nodes.paragraph?.create();
    if (!paragraph) return;
    tr.insert(after, paragraph);
  }
  tr.setSelection(TextSelection.create(tr.doc, after + 1));
}

function insertBlock(content: JSONContent): ReturnType<RawCommands['insertContent']> {
  return ({ chain }) =>
    chain()
      .insertContent(content)
      .command(({ tr }) => {
        continueAfter(tr, content.type ?? '');
        return true;
      })
      .run();
}

export const TalkingPointBlock = Node.create<TalkingPointBlockOptions>({
  name: 'talkingPointBlock',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return { label: DEFAULT_REFERENCE_LABELS.talkingPoint };
  },

  addAttributes() {
    return attributesFromZod(this.name, NODE_ATTRS.talkingPointBlock.shape, TALKING_POINT_CODECS);
  },

  parseHTML() {
    return [
      {
        tag: `div[data-type="${this.name}"]`,
        getAttrs: (element: AttributeSource) => (hasValidDataAttributes(element, NODE_ATTRS.talkingPointBlock, TALKING_POINT_CODECS) ? null : false),
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    return ['div', mergeAttributes({ 'data-type': this.name }, HTMLAttributes), this.options.label(NODE_ATTRS.talkingPointBlock.parse(node.attrs))];
  },

  renderText({ node }) {
    return this.options.label(NODE_ATTRS.talkingPointBlock.parse(node.attrs));
  },

  addCommands() {
    return {
      insertTalkingPoint: (attrs) => insertBlock({ type: this.name, attrs: NODE_ATTRS.talkingPointBlock.parse(attrs) }),
    };
  },
});

export const QaBlock = Node.create<QaBlockOptions>({
  name: 'qaBlock',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return { label: DEFAULT_REFERENCE_LABELS.qa };
  },

  addAttributes() {
    return attributesFromZod(this.name, NODE_ATTRS.qaBlock.shape, QA_CODECS);
  },

  parseHTML() {
    return [
      {
        tag: `div[data-type="${this.name}"]`,
        getAttrs: (element: AttributeSource) => (hasValidDataAttributes(element, NODE_ATTRS.qaBlock, QA_CODECS) ? null : false),
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    return ['div', mergeAttributes({ 'data-type': this.name }, HTMLAttributes), this.options.label(NODE_ATTRS.qaBlock.parse(node.attrs))];
  },

  renderText({ node }) {
    return this.options.label(NODE_ATTRS.qaBlock.parse(node.attrs));
  },

  addCommands() {
    return {
      insertQa: (attrs) => insertBlock({ type: this.name, attrs: NODE_ATTRS.qaBlock.parse(attrs) }),
    };
  },
});

/** Text for the officers only: printed in the briefing book, never in the press handout. */
export const InternalNote = Node.create({
  name: 'internalNote',
  group: 'block',
  content: '(paragraph | bulletList | orderedList)+',
  defining: true,

  parseHTML() {
    return [{ tag: `div[data-type="${this.name}"]` }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes({ 'data-type': this.name }, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      toggleInternalNote:
        () =>
        ({ commands }) =>
          commands.toggleWrap(this.name),
    };
  },
});

/** A quote of a directive (an excerpt of it, or its subject line when excerptId is null), with the reference printed under it. */
export const DirectiveExcerpt = Node.create({
  name: 'directiveExcerpt',
  group: 'block',
  content: 'paragraph+',
  defining: true,
  isolating: true,

  addAttributes() {
    return attributesFromZod(this.name, NODE_ATTRS.directiveExcerpt.shape, EXCERPT_CODECS);
  },

  parseHTML() {
    return [
      {
        tag: `blockquote[data-type="${this.name}"]`,
        // Above the plain blockquote rule, which would otherwise take the element first.
        priority: 60,
        getAttrs: (element: AttributeSource) => (hasValidDataAttributes(element, NODE_ATTRS.directiveExcerpt, EXCERPT_CODECS) ? null : false),
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ['blockquote', mergeAttributes({ 'data-type': this.name }, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      insertDirectiveExcerpt: ({ text, ...attrs }) => {
        const paragraphs = text
          .normalize('NFC')
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] }));
        return insertBlock({
          type: this.name,
          attrs: NODE_ATTRS.directiveExcerpt.parse(attrs),
          content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }],
        });
      },
    };
  },
});
