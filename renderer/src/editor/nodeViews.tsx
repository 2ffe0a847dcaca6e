// React node views of the reference nodes: citation and variable chips, talking point / Q&A cards, internal note and directive excerpt blocks.
import { NodeViewContent, NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import type { NodeViewRenderer } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import type { NodeViewType } from '../../../shared/editor/extensions';
import { NODE_ATTRS } from '../../../shared/editor/nodes';
import { useResolver, type ReferenceKind, type ResolvedLibraryItem } from './resolver';

const CARD_TEXT_LENGTH = 280;

function CitationChip({ node, selected }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const resolver = useResolver();
  const attrs = NODE_ATTRS.citation.safeParse(node.attrs);
  const directiveId = attrs.success ? attrs.data.directiveId : '';
  const pinpoint = attrs.success ? attrs.data.pinpoint : '';
  const directive = directiveId ? (resolver.directive?.(directiveId) ?? null) : null;
  const problem = directive && (directive.status === 'superseded' || directive.status === 'expired');
  const label = directive ? directive.short : t('editor.citationMissing', { id: directiveId });
  const title = directive ? `${directive.full} — ${t(`editor.citationStatus.${directive.status}`)}` : label;
  const className = ['ref-chip', 'ref-chip--citation', directive ? null : 'ref-chip--missing', problem ? 'ref-chip--warning' : null, selected ? 'ref-chip--selected' : null]
    .filter(Boolean)
    .join(' ');
  return (
    <NodeViewWrapper as="span" className={className} title={title} data-directive-id={directiveId}>
      {label}
      {pinpoint ? <span className="ref-chip__pinpoint">{`, ${pinpoint}`}</span> : null}
    </NodeViewWrapper>
  );
}

function VariableChip({ node, selected }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const resolver = useResolver();
  const attrs = NODE_ATTRS.variable.safeParse(node.attrs);
  const name = attrs.success ? attrs.data.name : '';
  const info = resolver.variable?.(name) ?? null;
  const title = info ? (info.value ? t('editor.variableValue', { label: info.label, value: info.value }) : info.label) : t('editor.variableTitle', { name });
  return (
    <NodeViewWrapper as="span" className={`ref-chip ref-chip--variable${info ? '' : ' ref-chip--unknown'}${selected ? ' ref-chip--selected' : ''}`} title={title} data-variable={name}>
      {`{{${name}}}`}
    </NodeViewWrapper>
  );
}

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > CARD_TEXT_LENGTH ? `${flat.slice(0, CARD_TEXT_LENGTH).trimEnd()}…` : flat;
}

interface CardProps extends ReactNodeViewProps {
  kind: ReferenceKind;
  id: string;
  revision: number;
  item: ResolvedLibraryItem | null;
}

function LibraryCard({ kind, id, revision, item, selected, editor, updateAttributes }: CardProps) {
  const { t } = useTranslation();
  const resolver = useResolver();
  const editable = editor.isEditable;
  const changed = item !== null && item.currentRevision > revision;
  const kept = changed && (resolver.isKept?.(kind, id, item.currentRevision) ?? false);
  return (
    <NodeViewWrapper
      className={`ref-card ref-card--${kind}${item ? '' : ' ref-card--missing'}${selected ? ' ref-card--selected' : ''}`}
      data-reference-kind={kind}
      data-reference-id={id}
      data-drag-handle=""
    >
      <div className="ref-card__head" contentEditable={false}>
        <span className="ref-card__kind">{t(kind === 'talkingPoint' ? 'editor.talkingPoint' : 'editor.qa')}</span>
        <span className="ref-card__revision">{t('editor.revision', { revision })}</span>
        {item && !item.approved ? <span className="badge badge--draft">{t('editor.draft')}</span> : null}
        {item?.stale ? <span className="badge badge--warning">{t('editor.stale')}</span> : null}
      </div>
      {item ? (
        <>
          <p className="ref-card__title">{item.title}</p>
          {item.text ? <p className="ref-card__text">{excerptOf(item.text)}</p> : null}
        </>
      ) : (
        <p className="ref-card__title">{t('editor.itemMissing', { id })}</p>
      )}
      {changed && item ? (
        <div className={`ref-card__changed${kept ? ' ref-card__changed--kept' : ''}`} contentEditable={false} role="status">
          <span>{kept ? t('editor.kept', { revision }) : t('editor.changedInLibrary', { revision: item.currentRevision })}</span>
          {editable && !kept ? (
            <>
              <button type="button" className="button button--small" onClick={() => updateAttributes({ revision: item.currentRevision })}>
                {t('editor.updateReference')}
              </button>
              {resolver.keepReference ? (
                <button type="button" className="button button--small button--quiet" onClick={() => resolver.keepReference?.(kind, id, item.currentRevision)}>
                  {t('editor.keepReference')}
                </button>
              ) : null}
            </>
          ) : null}
        </div>
      ) : null}
    </NodeViewWrapper>
  );
}

function TalkingPointCard(props: ReactNodeViewProps) {
  const resolver = useResolver();
  const attrs = NODE_ATTRS.talkingPointBlock.safeParse(props.node.attrs);
  const id = attrs.success ? attrs.data.talkingPointId : '';
  const item = id ? (resolver.talkingPoint?.(id) ?? null) : null;
  return <LibraryCard {...props} kind="talkingPoint" id={id} revision={attrs.success ? attrs.data.revision : 1} item={item} />;
}

function QaCard(props: ReactNodeViewProps) {
  const resolver = useResolver();
  const attrs = NODE_ATTRS.qaBlock.safeParse(props.node.attrs);
  const id = attrs.success ? attrs.data.qaId : '';
  const item = id ? (resolver.qa?.(id) ?? null) : null;
  return <LibraryCard {...props} kind="qa" id={id} revision={attrs.success ? attrs.data.revision : 1} item={item} />;
}

function InternalNoteView() {
  const { t } = useTranslation();
  return (
    <NodeViewWrapper className="internal-note" data-type="internalNote">
      <div className="internal-note__label" contentEditable={false} title={t('editor.internalNoteHint')}>
        {t('editor.internalNote')}
      </div>
      <NodeViewContent className="internal-note__body" />
    </NodeViewWrapper>
  );
}

function DirectiveExcerptView({ node }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const resolver = useResolver();
  const attrs = NODE_ATTRS.directiveExcerpt.safeParse(node.attrs);
  const directiveId = attrs.success ? attrs.data.directiveId : '';
  const excerptId = attrs.success ? attrs.data.excerptId : null;
  const directive = directiveId ? (resolver.directive?.(directiveId) ?? null) : null;
  const excerptLabel = directive && excerptId ? (directive.excerptLabel?.(excerptId) ?? null) : null;
  const citation = directive ? directive.short : t('editor.citationMissing', { id: directiveId });
  const problem = directive && (directive.status === 'superseded' || directive.status === 'expired');
  return (
    <NodeViewWrapper as="blockquote" className={`directive-excerpt${problem ? ' directive-excerpt--warning' : ''}`} data-type="directiveExcerpt">
      <NodeViewContent className="directive-excerpt__body" />
      <footer className="directive-excerpt__source" contentEditable={false} title={directive?.full}>
        {excerptLabel ? t('editor.excerptAt', { citation, label: excerptLabel }) : t('editor.excerptOf', { citation })}
        {problem ? <span className="badge badge--warning">{t(`editor.citationStatus.${directive.status}`)}</span> : null}
      </footer>
    </NodeViewWrapper>
  );
}

/** Node views for createExtensions({ nodeViews }). */
export function createNodeViews(): Record<NodeViewType, NodeViewRenderer> {
  return {
    citation: ReactNodeViewRenderer(CitationChip, { as: 'span' }),
    variable: ReactNodeViewRenderer(VariableChip, { as: 'span' }),
    talkingPointBlock: ReactNodeViewRenderer(TalkingPointCard),
    qaBlock: ReactNodeViewRenderer(QaCard),
    internalNote: ReactNodeViewRenderer(InternalNoteView),
    directiveExcerpt: ReactNodeViewRenderer(DirectiveExcerptView, { contentDOMElementTag: 'div' }),
  };
}
