// English UI strings of the search palette (Ctrl+K) (merged into en.ts).
import type { searchVi } from './search.vi';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const searchEn = {
  search: {
    title: 'Search',
    open: 'Search',
    openWithShortcut: 'Search (Ctrl+K)',
    inputLabel: 'Search directives, talking points, Q&A, templates and packets',
    placeholder: 'Type words or a document symbol, with or without accents',
    resultsLabel: 'Search results',
    groupCount: '{{count}}',
    groupMore: 'More matches — type something more specific',
    searching: 'Searching…',
    empty: 'Nothing found for “{{query}}”. Try fewer words or leave out the accents.',
    failed: 'The search failed: {{message}}',
    announce: '{{count}} results',
    announceNone: 'No results',
    matchedIn: 'Matched in: {{field}}',
    opensList: 'Opens the {{screen}} screen',
    keys: '↑ ↓ choose · Enter open · Esc close',
    hintTitle: 'Search tips',
    hintNoAccents: 'Accents are optional: “thong tin doi ngoai” finds “thông tin đối ngoại”.',
    hintSymbol: 'By document symbol: 57-KL or symbol:57-KL',
    hintTag: 'By tag: tag:nhan-quyen',
    hintType: 'By document type: type:"Kết luận"',
    hintPhrase: 'An exact phrase: put it in quotes, e.g. "quyền con người"',
    kinds: {
      directive: 'Directives',
      talkingPoint: 'Talking points',
      qaItem: 'Q&A',
      template: 'Templates',
      packet: 'Packets',
    },
    fields: {
      body: 'text',
      title: 'title',
      symbol: 'symbol',
      tags: 'tags',
      type: 'type',
      issuer: 'issuer',
      topic: 'topic',
      outlet: 'outlet',
    },
  },
} satisfies Widen<typeof searchVi>;
