// PDF bookmarks (document outline) built from low-level objects: nested by level, titles as UTF-16 hex strings.
import { PDFHexString, PDFName, PDFNull, PDFNumber, type PDFContext, type PDFDict, type PDFRef } from './pdf-lib.js';
import type { OutlineEntry } from '../layout/types.js';

interface Node {
  entry: OutlineEntry;
  ref: PDFRef;
  children: Node[];
}

function tree(entries: readonly OutlineEntry[], context: PDFContext): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const entry of entries) {
    const node: Node = { entry, ref: context.nextRef(), children: [] };
    while (stack.length > 0 && (stack[stack.length - 1]?.entry.level ?? 0) >= entry.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

function countAll(nodes: readonly Node[]): number {
  return nodes.reduce((n, node) => n + 1 + countAll(node.children), 0);
}

/** Registers the outline and returns the reference of its root dictionary (null when there are no entries). */
export function buildOutline(entries: readonly OutlineEntry[], context: PDFContext, pageRef: (page: number) => PDFRef, pageHeight: number): PDFRef | null {
  if (entries.length === 0) return null;
  const rootRef = context.nextRef();
  const roots = tree(entries, context);
  const write = (nodes: readonly Node[], parent: PDFRef): void => {
    nodes.forEach((node, index) => {
      const dict: PDFDict = context.obj({});
      dict.set(PDFName.of('Title'), PDFHexString.fromText(node.entry.title));
      dict.set(PDFName.of('Parent'), parent);
      const prev = nodes[index - 1];
      const next = nodes[index + 1];
      if (prev) dict.set(PDFName.of('Prev'), prev.ref);
      if (next) dict.set(PDFName.of('Next'), next.ref);
      const first = node.children[0];
      const last = node.children[node.children.length - 1];
      if (first && last) {
        dict.set(PDFName.of('First'), first.ref);
        dict.set(PDFName.of('Last'), last.ref);
        dict.set(PDFName.of('Count'), PDFNumber.of(node.entry.level === 1 ? countAll(node.children) : -countAll(node.children)));
      }
      dict.set(PDFName.of('Dest'), context.obj([pageRef(node.entry.page), PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round(pageHeight - node.entry.y + 4)), PDFNull]));
      context.assign(node.ref, dict);
      write(node.children, node.ref);
    });
  };
  write(roots, rootRef);
  const first = roots[0];
  const last = roots[roots.length - 1];
  if (!first || !last) return null;
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: first.ref, Last: last.ref, Count: countAll(roots) }));
  return rootRef;
}
