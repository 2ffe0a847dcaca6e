// Tiptap attribute specs built from the zod attrs in nodes.ts: one source for defaults, validation and the data-* HTML form.
import type { Attribute } from '@tiptap/core';
import type { z } from 'zod';

/** The part of a DOM element the parse rules read (typed structurally so shared/ compiles without the DOM library). */
export interface AttributeSource {
  getAttribute(name: string): string | null;
}

/** How an attribute value is written into and read back from its data-* attribute. */
export type AttributeCodec = 'text' | 'integer' | 'textOrNull';

/** "directiveId" → "data-directive-id". */
export function dataAttributeName(name: string): string {
  return `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

function decode(raw: string | null, codec: AttributeCodec): string | number | null {
  if (raw === null) return null;
  if (codec === 'integer') return /^\s*\d{1,9}\s*$/.test(raw) ? Number(raw) : null;
  if (codec === 'textOrNull' && raw === '') return null;
  return raw.normalize('NFC');
}

/** Reads every attribute of a node from its data-* attributes (undefined where absent, so zod defaults apply). */
export function readDataAttributes(element: AttributeSource, codecs: Record<string, AttributeCodec>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, codec] of Object.entries(codecs)) {
    const value = decode(element.getAttribute(dataAttributeName(name)), codec);
    if (value !== null) values[name] = value;
  }
  return values;
}

/** Throws a RangeError when the value does not satisfy the schema (ProseMirror calls this on create and on check()). */
export function validatorFor(typeName: string, attributeName: string, schema: z.ZodType): (value: unknown) => void {
  return (value) => {
    if (!schema.safeParse(value).success) {
      throw new RangeError(`Invalid value ${JSON.stringify(value)} for attribute ${attributeName} of ${typeName}`);
    }
  };
}

/**
 * Tiptap attributes for a node whose attrs are a zod object: a field with a zod default gets that default, a field
 * without one is required; every value is validated; each is rendered as and parsed from data-<kebab-name>.
 */
export function attributesFromZod(typeName: string, shape: Record<string, z.ZodType>, codecs: Record<string, AttributeCodec>): Record<string, Attribute> {
  const attributes: Record<string, Attribute> = {};
  for (const [name, schema] of Object.entries(shape)) {
    const codec = codecs[name] ?? 'text';
    const fallback = schema.safeParse(undefined);
    attributes[name] = {
      ...(fallback.success ? { default: fallback.data } : { isRequired: true }),
      validate: validatorFor(typeName, name, schema),
      parseHTML: (element: AttributeSource) => decode(element.getAttribute(dataAttributeName(name)), codec),
      renderHTML: (attrs: Record<string, unknown>) => {
        const value = attrs[name];
        return value === null || value === undefined ? {} : { [dataAttributeName(name)]: String(value) };
      },
    };
  }
  return attributes;
}

/** True when the element carries a complete, valid set of attrs for the node (used to refuse half-formed pasted markup). */
export function hasValidDataAttributes(element: AttributeSource, schema: z.ZodType, codecs: Record<string, AttributeCodec>): boolean {
  return schema.safeParse(readDataAttributes(element, codecs)).success;
}
