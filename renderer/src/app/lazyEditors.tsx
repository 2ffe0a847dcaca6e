// The editors load on first use: tiptap and ProseMirror are a third of the bundle, parsed on every window open before the first screen otherwise.
import { lazy, Suspense, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { Composer as EagerComposer } from '../packets/composer/Composer';
import type { QaEditor as EagerQaEditor } from '../qa/QaEditor';
import type { TalkingPointEditor as EagerTalkingPointEditor } from '../talking-points/TalkingPointEditor';
import type { TemplateEditor as EagerTemplateEditor } from '../templates/TemplateEditor';

const ComposerChunk = lazy(() => import('../packets/composer/Composer').then((module) => ({ default: module.Composer })));
const QaEditorChunk = lazy(() => import('../qa/QaEditor').then((module) => ({ default: module.QaEditor })));
const TalkingPointEditorChunk = lazy(() => import('../talking-points/TalkingPointEditor').then((module) => ({ default: module.TalkingPointEditor })));
const TemplateEditorChunk = lazy(() => import('../templates/TemplateEditor').then((module) => ({ default: module.TemplateEditor })));

function EditorLoading() {
  const { t } = useTranslation();
  return (
    <p className="empty-state empty-state--inline" role="status">
      {t('common.loading')}
    </p>
  );
}

export function Composer(props: ComponentProps<typeof EagerComposer>) {
  return (
    <Suspense fallback={<EditorLoading />}>
      <ComposerChunk {...props} />
    </Suspense>
  );
}

export function QaEditor(props: ComponentProps<typeof EagerQaEditor>) {
  return (
    <Suspense fallback={<EditorLoading />}>
      <QaEditorChunk {...props} />
    </Suspense>
  );
}

export function TalkingPointEditor(props: ComponentProps<typeof EagerTalkingPointEditor>) {
  return (
    <Suspense fallback={<EditorLoading />}>
      <TalkingPointEditorChunk {...props} />
    </Suspense>
  );
}

export function TemplateEditor(props: ComponentProps<typeof EagerTemplateEditor>) {
  return (
    <Suspense fallback={<EditorLoading />}>
      <TemplateEditorChunk {...props} />
    </Suspense>
  );
}
