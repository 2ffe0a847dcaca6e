// Inline reference nodes: citation (a directive, written out in full or short by the exporter) and variable ({{name}}).
import { InputRule, mergeAttributes, Node, nodePasteRule } from '@tiptap/core';
import { attributesFromZod, hasValidDataAttributes, type AttributeCodec, type AttributeSource } from './attributes.js';
import { DEFAULT_REFERENCE_LABELS, type CitationAttrs, type VariableAttrs } from './labels.js';
import { NODE_ATTRS } from './nodes.js';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    citation: {
      /** Inserts a citation chip at the selection. */
      insertCitation: (attrs: { directiveId: string; pinpoint?: string }) => ReturnType;
    };
    variable: {
      /** Inserts a {{name}} token at the selection. */
      insertVariable: (attrs: VariableAttrs) => ReturnType;
    };
  }
}

export interface CitationOptions {
  label: (attrs: CitationAttrs) => string;
}

export interface VariableOptions {
  label: (attrs: VariableAttrs) => string;
}

const CITATION_CODECS: Record<keyof CitationAttrs, AttributeCodec> = { directiveId: 'text', pinpoint: 'text' };
const VARIABLE_CODECS: Record<keyof VariableAttrs, AttributeCodec> = { name: 'text' };

/** `{{ky_bao_cao}}` typed or pasted as text becomes a variable token. */
const VARIABLE_TYPED = /\{\{([a-z_][a-z0-9_]*)\}\}$/;
const VARIABLE_PASTED = /\{\{([a-z_][a-z0-9_]*)\}\}/g;

export const Citation = Node.create<CitationOptions>({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addOptions() {
    return { label: DEFAULT_REFERENCE_LABELS.citation };
  },

  addAttributes() {
    return attributesFromZod(this.name, NODE_ATTRS.citation.shape, CITATION_CODECS);
  },

  parseHTML() {
    return [
      {
        tag: `span[data-type="${this.name}"]`,
        getAttrs: (element: AttributeSource) => (hasValidDataAttributes(element, NODE_ATTRS.citation, CITATION_CODECS) ? null : false),
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-type': this.name }, HTMLAttributes), this.options.label(NODE_ATTRS.citation.parse(node.attrs))];
  },

  renderText({ node }) {
    return this.options.label(NODE_ATTRS.citation.parse(node.attrs));
  },

  addCommands() {
    return {
      insertCitation:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: NODE_ATTRS.citation.parse(attrs) }),
    };
  },
});

export const Variable = Node.create<VariableOptions>({
  name: 'variable',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addOptions() {
    return { label: DEFAULT_REFERENCE_LABELS.variable };
  },

  addAttributes() {
    return attributesFromZod(this.name, NODE_ATTRS.variable.shape, VARIABLE_CODECS);
  },

  parseHTML() {
    return [
      {
        tag: `span[data-type="${this.name}"]`,
        getAttrs: (element: AttributeSource) => (hasValidDataAttributes(element, NODE_ATTRS.variable, VARIABLE_CODECS) ? null : false),
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-type': this.name }, HTMLAttributes), this.options.label(NODE_ATTRS.variable.parse(node.attrs))];
  },

  renderText({ node }) {
    return this.options.label(NODE_ATTRS.variable.parse(node.attrs));
  },

  addCommands() {
    return {
      insertVariable:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: NODE_ATTRS.variable.parse(attrs) }),
    };
  },

  addInputRules() {
    // nodeInputRule would keep the text before the capture group ("{{"), so the whole match is replaced here.
    return [
      new InputRule({
        find: VARIABLE_TYPED,
        handler: ({ state, range, match }) => {
          state.tr.replaceWith(range.from, range.to, this.type.create({ name: match[1] }));
        },
      }),
    ];
  },

  addPasteRules() {
    return [nodePasteRule({ find: VARIABLE_PASTED, type: this.type, getAttributes: (match) => ({ name: match[1] }) })];
  },
});
