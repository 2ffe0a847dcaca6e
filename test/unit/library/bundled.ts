// The bundled starter registry, templates and sample library parsed once for the library and packet rule tests.
import { parseBundledContent, type BundledContent } from '../../../shared/content/bundle.js';
import type { QAItem } from '../../../shared/model/qa-item.js';
import type { TalkingPoint } from '../../../shared/model/talking-point.js';
import type { Template } from '../../../shared/model/template.js';
import { readRawBundle } from '../content/load-bundled.js';

let bundle: Promise<BundledContent> | null = null;

/** A fresh deep copy each call, so a test may change what it gets. */
export async function bundled(): Promise<BundledContent> {
  bundle ??= readRawBundle().then(parseBundledContent);
  return structuredClone(await bundle);
}

function find<T extends { id: string }>(items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`bundled content has no ${id}`);
  return found;
}

export const talkingPoint = (content: BundledContent, id: string): TalkingPoint => find(content.talkingPoints, id);
export const qaItem = (content: BundledContent, id: string): QAItem => find(content.qaItems, id);
export const template = (content: BundledContent, id: string): Template => find(content.templates, id);

/** Ids "t-000001", "t-000002", … in call order (valid stored ids, predictable in assertions). */
export function sequentialIds(prefix = 't'): () => string {
  let next = 0;
  return () => `${prefix}-${String(++next).padStart(6, '0')}`;
}
