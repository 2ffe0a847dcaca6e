// Search channel: one query over directives, talking points, Q&A, templates and packet text, results grouped by kind.
import { z } from 'zod';
import { SEARCH_KINDS } from '../../search/documents.js';
import type { SearchResults } from '../../search/results.js';
import { channel } from '../define.js';

export const searchQueryInputSchema = z
  .object({
    /**
     * What the user typed. Words match with or without accents (a word typed with accents ranks exact-accent
     * matches first); the last word while being typed, and symbols, match as prefixes; "a quoted phrase" must
     * appear in that order; field:value searches one field — symbol: (kyhieu:), tag: (the:), type: (loai:),
     * issuer: (coquan:), title: (tieude:), topic: (chude:), outlet: (baochi:) — as in `symbol:57-KL`,
     * `tag:nhan-quyen`, `type:"Kết luận"`. When nothing matches as typed, words of four letters or more are
     * matched one letter off.
     */
    q: z.string().max(500),
    /** Only these kinds (all when absent). */
    kinds: z.array(z.enum(SEARCH_KINDS)).min(1).max(SEARCH_KINDS.length).optional(),
    /** Hits per kind (default 8). */
    limit: z.number().int().min(1).max(50).optional(),
  })
  .strict();

export const searchChannels = {
  /**
   * Results grouped by kind, best group first. Each hit has the item's id (and the matched section of a packet or
   * template), a title and a snippet with highlight ranges — [start, end) UTF-16 offsets into the NFC strings, to be
   * rendered as text with <mark> elements, never as HTML — the field the snippet comes from, and its score.
   */
  query: channel<SearchResults>()(searchQueryInputSchema),
};
