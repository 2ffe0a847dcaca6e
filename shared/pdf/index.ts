// PDF export engine: Decree 30 / Party layout presets, optimal-fit justified text, pages, bookmarks and contents, written with pdf-lib.
export { exportPacketPdf, layoutPacket, type ExportDependencies, type ExportReport, type ExportResult, type LayoutResult, type MissingCharacter } from './export.js';
export { exportOptionsSchema, exportProfileSchema, type ExportOptions, type ExportOptionsInput } from './options.js';
export { PRESETS, type LayoutPreset } from './presets.js';
export { resolveGeometry, layoutAdjustmentsSchema, LayoutAdjustmentError, type LayoutAdjustments, type PageGeometry } from './adjust.js';
export { FontSet, fontStyleOf, VIETNAMESE_SAMPLE, type FontSource } from './fonts/font-set.js';
export { FONT_STYLES, type FontStyle } from './fonts/face.js';
export { resolvePacket, type CitationFormatter, type CitationStyle, type ResolvedPacket } from './compose/resolved.js';
export { NODE_EXPORTERS } from './compose/nodes.js';
export { MARK_EXPORTERS } from './compose/marks.js';
export type { ExportWarning, ExcludedCounts } from './compose/composer.js';
export type { LaidOutDocument } from './layout/document.js';
export type { PositionedPage, DrawItem, OutlineEntry } from './layout/types.js';
