// Citation mentions: full text at the first mention of a directive, short afterwards; the order of first mentions for the list at the end.
import type { CitationStyle, ResolvedDirective } from './resolved.js';

export interface Mention {
  /** Text printed in the running text. */
  text: string;
  /** Full citation for a footnote (first mention, footnote mode only). */
  footnote: string | null;
}

export class CitationTracker {
  private readonly seen = new Set<string>();
  /** Directives in order of first mention. */
  readonly cited: ResolvedDirective[] = [];

  constructor(private readonly mode: 'endList' | 'footnotes') {}

  mention(directive: ResolvedDirective, language: 'vi' | 'en'): Mention {
    const id = directive.directive.id;
    const first = !this.seen.has(id);
    if (first) {
      this.seen.add(id);
      this.cited.push(directive);
    }
    if (language === 'en') return { text: directive.citation.en, footnote: null };
    const style: CitationStyle = first && this.mode === 'endList' ? 'full' : 'short';
    return { text: directive.citation[style], footnote: first && this.mode === 'footnotes' ? directive.citation.full : null };
  }
}
