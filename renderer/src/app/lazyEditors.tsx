// The editors load on first use: tiptap and ProseMirror are a third of the bundle, parsed on every window open before the first screen otherwise.
import { lazy, Suspense, useState, type ComponentProps, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Composer as EagerComposer } from '../packets/composer/Composer';
import type { QaEditor as EagerQaEditor } from '../qa/QaEditor';
import type { TalkingPointEditor as EagerTalkingPointEditor } from '../talking-points/TalkingPointEditor';
import type { TemplateEditor as EagerTemplateEditor } from '../templates/TemplateEditor';
import { ErrorBoundary } from '../ui/ErrorBoundary';

function EditorLoading() {
  const { t } = useTranslation();
  return (
    <p className="empty-state empty-state--inline" role="status">
      {t('common.loading')}
    </p>
  );
}

/**
 * An editor loaded from its chunk on first use. A failed load (the chunk missing or unreadable) shows a notice with
 * "Thử lại" in place of the editor, not a blank window; retrying asks for the chunk again (React keeps a failed lazy
 * component failed, so a new one is made, for every later use too).
 */
function lazyEditor<Props extends object>(load: () => Promise<ComponentType<Props>>): ComponentType<Props> {
  const fromChunk = (): LazyExoticComponent<ComponentType<Props>> => lazy(() => load().then((component) => ({ default: component })));
  let latest = fromChunk();
  return function LazyEditor(props: Props) {
    const [Chunk, setChunk] = useState(() => latest);
    const retry = () => {
      latest = fromChunk();
      setChunk(() => latest);
    };
    return (
      <ErrorBoundary scope="part" onRetry={retry}>
        <Suspense fallback={<EditorLoading />}>
          <Chunk {...props} />
        </Suspense>
      </ErrorBoundary>
    );
  };
}

export const Composer: ComponentType<ComponentProps<typeof EagerComposer>> = lazyEditor(() => import('../packets/composer/Composer').then((module) => module.Composer));
export const QaEditor: ComponentType<ComponentProps<typeof EagerQaEditor>> = lazyEditor(() => import('../qa/QaEditor').then((module) => module.QaEditor));
export const TalkingPointEditor: ComponentType<ComponentProps<typeof EagerTalkingPointEditor>> = lazyEditor(() =>
  import('../talking-points/TalkingPointEditor').then((module) => module.TalkingPointEditor),
);
export const TemplateEditor: ComponentType<ComponentProps<typeof EagerTemplateEditor>> = lazyEditor(() =>
  import('../templates/TemplateEditor').then((module) => module.TemplateEditor),
);
