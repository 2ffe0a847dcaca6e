// The citation engine: parse pasted citations, format directives as citations, check citations against the registry.
export { parse } from './parse.js';
export { format } from './format.js';
export { checkAgainstRegistry } from './registry.js';
export { parseSymbol, asciiSymbol, type ParsedSymbol, type SymbolShape } from './symbols.js';
export { formatLongDate, formatNumericDate, formatEnglishDate } from './dates.js';
export { citationInputSchema, type CitationInput } from './input.js';
export { SUBJECT_VERBS, ENGLISH_SUBJECT_VERBS } from './vocabulary.js';
export {
  CITATION_STYLES,
  type CitationDirective,
  type CitationStyle,
  type CitationWarning,
  type CitationWarningCode,
  type ParseOptions,
  type ParsedCitation,
  type RegistryDirective,
  type Span,
} from './types.js';
