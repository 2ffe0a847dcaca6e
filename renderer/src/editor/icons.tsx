// Line icons of the editor toolbar (decorative: the buttons carry the accessible names).
const PATHS = {
  bold: 'M7 5h6a3.5 3.5 0 0 1 0 7H7zM7 12h7a3.5 3.5 0 0 1 0 7H7z',
  italic: 'M10 5h8M6 19h8M14 5l-4 14',
  underline: 'M7 4v7a5 5 0 0 0 10 0V4M5 20h14',
  bulletList: 'M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01',
  orderedList: 'M10 6h10M10 12h10M10 18h10M4 5l1.5-1v5M3.5 14.5a1.5 1.5 0 1 1 2.6 1L3.5 19h3',
  letteredList: 'M10 6h10M10 12h10M10 18h10M6 9V6.5a1.5 1.5 0 0 0-3 0M3 8h3M3 19v-5M3 17a1.5 1.5 0 1 0 3 0 1.5 1.5 0 0 0-3 0',
  indent: 'M4 5h16M10 10h10M10 14h10M4 19h16M4 9l3 3-3 3',
  outdent: 'M4 5h16M10 10h10M10 14h10M4 19h16M7 9l-3 3 3 3',
  blockquote: 'M5 7h5v5H7l-2 4M14 7h5v5h-3l-2 4',
  table: 'M4 5h16v14H4zM4 10h16M4 15h16M10 5v14',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  undo: 'M9 7L4 12l5 5M4 12h11a5 5 0 0 1 0 10h-2',
  redo: 'M15 7l5 5-5 5M20 12H9a5 5 0 0 0 0 10h2',
  insert: 'M12 5v14M5 12h14',
  chevron: 'M8 10l4 4 4-4',
  back: 'M15 6l-6 6 6 6',
  more: 'M4.5 12a1.5 1.5 0 1 0 3 0 1.5 1.5 0 1 0-3 0M10.5 12a1.5 1.5 0 1 0 3 0 1.5 1.5 0 1 0-3 0M16.5 12a1.5 1.5 0 1 0 3 0 1.5 1.5 0 1 0-3 0',
  paragraph: 'M13 4v16M17 4v16M19 4H9.5a4.5 4.5 0 0 0 0 9H13',
} as const;

export type EditorIconName = keyof typeof PATHS;

export function EditorIcon({ name, size = 18 }: { name: EditorIconName; size?: number }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
