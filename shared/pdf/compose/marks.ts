// Export mapping of every mark type: how bold, italic, underline and link change a run's style (exhaustive by type).
import { MARK_ATTRS, type MarkType } from '../../editor/nodes.js';
import type { RunStyle } from '../flow/types.js';

export type MarkExporter = (style: RunStyle, attrs: Record<string, unknown>) => RunStyle;

export const MARK_EXPORTERS = {
  bold: (style) => ({ ...style, bold: true }),
  italic: (style) => ({ ...style, italic: true }),
  underline: (style) => ({ ...style, underline: true }),
  link: (style, attrs) => {
    const parsed = MARK_ATTRS.link.safeParse(attrs);
    return parsed.success ? { ...style, underline: true, link: { kind: 'uri', href: parsed.data.href } } : style;
  },
} satisfies Record<MarkType, MarkExporter>;
