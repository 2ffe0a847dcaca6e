// "Tìm trong gói" (Ctrl+F): finds text across every section of the packet, highlights the matches, Enter / Shift+Enter to go through them.
import type { Editor } from '@tiptap/react';
import type { Node as PmNode } from '@tiptap/pm/model';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { editorSchema } from '../../../../shared/editor/extensions';
import type { RichDoc } from '../../../../shared/model/rich-text';
import { Icon } from '../../ui/Icon';
import { findInDoc, type DocRange } from './findMatches';
import { FIND_CURRENT_CLASS, showFindMatches } from './findHighlight';
import './find.css';

/** A section shown for the first time creates its editor after the next render: wait this many frames for it. */
const MAX_FRAMES_FOR_EDITOR = 30;

interface Match extends DocRange {
  sectionId: string;
  /** Index among the matches of its section. */
  indexInSection: number;
}

interface FindBarProps {
  sections: ReadonlyArray<{ id: string; title: string }>;
  activeId: string | null;
  /** Bumped on every Ctrl+F: the field takes the focus again with its text selected. */
  focusRequest: number;
  editorOf(sectionId: string): Editor | null;
  /** The section's text when it has no editor yet (never shown). */
  initialContent(sectionId: string): RichDoc;
  select(sectionId: string): void;
  onClose(): void;
}

const parsed = new WeakMap<RichDoc, PmNode>();

function storedDoc(content: RichDoc): PmNode {
  let doc = parsed.get(content);
  if (!doc) {
    doc = editorSchema().nodeFromJSON(content);
    parsed.set(content, doc);
  }
  return doc;
}

export function FindBar({ sections, activeId, focusRequest, editorOf, initialContent, select, onClose }: FindBarProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  // Bumped when moving through the matches: the documents may have been edited since the last count.
  const [recount, setRecount] = useState(0);

  const matches = useMemo<Match[]>(() => {
    void recount;
    return sections.flatMap((section) => {
      const doc = editorOf(section.id)?.state.doc ?? storedDoc(initialContent(section.id));
      return findInDoc(doc, query).map((range, indexInSection) => ({ ...range, sectionId: section.id, indexInSection }));
    });
  }, [sections, query, recount, editorOf, initialContent]);
  const total = matches.length;
  const index = total === 0 ? -1 : Math.min(current, total - 1);
  const match = index >= 0 ? matches[index] : undefined;

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  // The current match's section is shown; then every shown editor gets its highlights and the current one is scrolled to.
  useEffect(() => {
    if (match && match.sectionId !== activeId) {
      select(match.sectionId);
      return undefined;
    }
    let frame = 0;
    let frames = 0;
    const paint = () => {
      const currentEditor = match ? editorOf(match.sectionId) : null;
      if (match && !currentEditor && ++frames <= MAX_FRAMES_FOR_EDITOR) {
        frame = requestAnimationFrame(paint);
        return;
      }
      for (const section of sections) {
        const editor = editorOf(section.id);
        if (editor) showFindMatches(editor, query, match?.sectionId === section.id ? match.indexInSection : null);
      }
      currentEditor?.view.dom.querySelector(`.${FIND_CURRENT_CLASS}`)?.scrollIntoView({ block: 'center' });
    };
    paint();
    return () => cancelAnimationFrame(frame);
  }, [match, query, activeId, sections, editorOf, select]);

  const close = () => {
    for (const section of sections) {
      const editor = editorOf(section.id);
      if (editor) showFindMatches(editor, '', null);
    }
    const editor = match ? editorOf(match.sectionId) : null;
    if (match && editor) editor.chain().focus().setTextSelection({ from: match.from, to: match.to }).run();
    onClose();
  };

  const step = (by: number) => {
    if (total === 0) return;
    setRecount((n) => n + 1);
    setCurrent((index + by + total) % total);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  const sectionTitle = match ? sections.find((section) => section.id === match.sectionId)?.title ?? '' : '';
  return (
    <div className="find-bar" role="search" aria-label={t('shell.find.label')} data-testid="find-bar">
      <input
        ref={input}
        className="input find-bar__input"
        type="search"
        value={query}
        aria-label={t('shell.find.label')}
        placeholder={t('shell.find.placeholder')}
        onChange={(event) => {
          setQuery(event.target.value);
          setCurrent(0);
        }}
        onKeyDown={onKeyDown}
      />
      <span className="find-bar__count" role="status" data-testid="find-count">
        {query.trim() === '' ? '' : total === 0 ? t('shell.find.none') : t('shell.find.count', { current: index + 1, total })}
      </span>
      {sectionTitle ? <span className="find-bar__section">{t('shell.find.inSection', { section: sectionTitle })}</span> : null}
      <button type="button" className="button button--small button--quiet" onClick={() => step(-1)} disabled={total === 0} aria-label={t('shell.find.previous')} title={t('shell.find.previous')}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="button button--small button--quiet" onClick={() => step(1)} disabled={total === 0} aria-label={t('shell.find.next')} title={t('shell.find.next')}>
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="button button--small button--quiet" onClick={close} aria-label={t('shell.find.close')} title={t('shell.find.close')}>
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}
