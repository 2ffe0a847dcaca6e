// One section of the packet: its title, the template's guidance (shown to the author only), the internal-only notice and the rich editor.
import type { AnyExtension } from '@tiptap/core';
import { memo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PacketSection } from '../../../../shared/model/packet';
import type { RichDoc } from '../../../../shared/model/rich-text';
import { RichTextEditor, type InsertMenuItem, type RichTextEditorHandle } from '../../editor/RichTextEditor';
import type { ReferenceResolver } from '../../editor/resolver';

interface SectionEditorProps {
  section: PacketSection;
  index: number;
  initialContent: RichDoc;
  hidden: boolean;
  readOnly: boolean;
  resolve: ReferenceResolver;
  insertMenu: readonly InsertMenuItem[];
  extensions: readonly AnyExtension[];
  onChange(sectionId: string, doc: RichDoc): void;
  handleRef: Ref<RichTextEditorHandle>;
}

function SectionEditorView({ section, index, initialContent, hidden, readOnly, resolve, insertMenu, extensions, onChange, handleRef }: SectionEditorProps) {
  const { t } = useTranslation();
  const [guidanceOpen, setGuidanceOpen] = useState(true);
  const headingId = `section-title-${section.id}`;
  return (
    <section className="section-editor" hidden={hidden} aria-labelledby={headingId} data-section-id={section.id}>
      <header className="section-editor__head">
        <h2 id={headingId} className="section-editor__title">
          <span className="section-editor__number">{`${index + 1}.`}</span> {section.title}
        </h2>
        {section.internalOnly ? (
          <span className="pill section-editor__internal" title={t('packetComposer.section.internalHint')}>
            {t('packetComposer.section.internal')}
          </span>
        ) : null}
        {section.auto ? <span className="pill section-editor__auto">{t(`packetComposer.section.auto.${section.auto.kind}`, { tag: 'tag' in section.auto ? section.auto.tag : '' })}</span> : null}
      </header>
      {section.guidance.trim() ? (
        <div className="section-editor__guidance">
          <button type="button" className="section-editor__guidance-toggle" aria-expanded={guidanceOpen} onClick={() => setGuidanceOpen((open) => !open)}>
            {t('packetComposer.section.guidance')}
          </button>
          {guidanceOpen ? <p className="section-editor__guidance-text">{section.guidance}</p> : null}
        </div>
      ) : null}
      <RichTextEditor
        ref={handleRef}
        value={initialContent}
        onChange={(doc) => onChange(section.id, doc)}
        label={t('packetComposer.section.editorLabel', { title: section.title })}
        readOnly={readOnly}
        resolve={resolve}
        insertMenu={insertMenu}
        extensions={extensions}
        size="tall"
        testId={`section-editor-${section.id}`}
      />
    </section>
  );
}

/** Re-rendered only when its own props change: the composer re-renders after every save. */
export const SectionEditor = memo(SectionEditorView);
