// The template screen (Mẫu): built-in templates (read-only, "Nhân bản" to copy) and the office's own, the template editor, delete with undo.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../../shared/model/template';
import { call } from '../api/client';
import { errorMessage } from '../api/errors';
import { ScreenHeader } from '../app/ScreenHeader';
import { useReportReady, useScreenCommands } from '../app/shellContext';
import { useDeleteWithUndo } from '../talking-points/useDeleteWithUndo';
import { Icon } from '../ui/Icon';
import { useViewFocus } from '../ui/useViewFocus';
import { useToasts } from '../ui/Toasts';
import { TemplateEditor } from '../app/lazyEditors';
import '../talking-points/library.css';
import './templates.css';

type View = { kind: 'list' } | { kind: 'edit'; id: string | null };

export function TemplatesScreen() {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [view, setView] = useState<View>({ kind: 'list' });
  useViewFocus(view.kind === 'list' ? 'list' : `edit:${view.id ?? 'new'}`);

  const load = useCallback(() => {
    call('templates', 'list', {}).then(
      (list) => {
        setTemplates(list);
        setLoadError(null);
      },
      (error: unknown) => setLoadError(error),
    );
  }, []);
  useEffect(load, [load]);

  const put = (template: Template) => setTemplates((list) => [...(list ?? []).filter((item) => item.id !== template.id), template]);
  const duplicate = async (template: Template) => {
    try {
      const copy = await call('templates', 'duplicate', { id: template.id });
      put(copy);
      setView({ kind: 'edit', id: copy.id });
      toasts.notify({ message: t('library.tpl.duplicated', { name: copy.name }), tone: 'success' });
    } catch (error) {
      toasts.notify({ message: errorMessage(t, error), tone: 'error' });
    }
  };
  const deletion = useDeleteWithUndo<Template>({
    remove: (template) => call('templates', 'delete', { id: template.id }),
    restore: (template) => call('templates', 'undoDelete', { template }),
    onRemoved: (template) => {
      setTemplates((list) => (list ?? []).filter((item) => item.id !== template.id));
      setView({ kind: 'list' });
    },
    onRestored: put,
    texts: (template) => ({ title: t('library.tpl.deleteTitle'), body: t('library.tpl.deleteBody', { name: template.name }), deleted: t('library.tpl.deleted', { name: template.name }) }),
  });

  useReportReady(templates !== null || loadError !== null);
  // Only from the list: in the editor, Ctrl+N would drop unsaved edits.
  useScreenCommands({
    newItem: () => {
      if (view.kind === 'list') setView({ kind: 'edit', id: null });
    },
  });

  const editing = view.kind === 'edit' && view.id ? (templates?.find((item) => item.id === view.id) ?? null) : null;
  const builtIn = (templates ?? []).filter((item) => item.builtIn);
  const own = (templates ?? []).filter((item) => !item.builtIn);

  const row = (template: Template) => (
    <li key={template.id} className="tpl-card" data-testid={`template-${template.id}`}>
      <div className="tpl-card__text">
        <button type="button" className="tpl-card__name" onClick={() => setView({ kind: 'edit', id: template.id })}>
          {template.name}
        </button>
        <span className="muted">
          {[t(`library.tpl.periodicities.${template.periodicity.kind}`), t(`library.tpl.layouts.${template.layoutPreset}`), t('library.tpl.sectionCount', { count: template.sections.length }), t('library.tpl.variableCount', { count: template.variables.length })].join(' · ')}
        </span>
        {template.description ? <span className="tpl-card__description">{template.description}</span> : null}
      </div>
      <div className="tpl-card__actions">
        <button type="button" className="button" onClick={() => setView({ kind: 'edit', id: template.id })}>
          {t(template.builtIn ? 'library.tpl.view' : 'library.tpl.edit')}
        </button>
        <button type="button" className="button" onClick={() => void duplicate(template)}>
          {t('library.tpl.duplicate')}
        </button>
        {template.builtIn ? null : (
          <button type="button" className="icon-button" onClick={() => deletion.ask(template)} aria-label={t('library.tpl.deleteNamed', { name: template.name })} title={t('library.tpl.deleteNamed', { name: template.name })}>
            <Icon name="trash" size={16} />
          </button>
        )}
      </div>
    </li>
  );

  return (
    <>
      <ScreenHeader title={t('nav.templates')} description={t('screens.templates')}>
        {view.kind === 'list' ? (
          <button type="button" className="button button--primary" onClick={() => setView({ kind: 'edit', id: null })} aria-keyshortcuts="Control+N" disabled={templates === null} data-testid="new-template">
            <Icon name="plus" size={16} />
            <span>{t('library.tpl.newButton')}</span>
          </button>
        ) : null}
      </ScreenHeader>
      <div className="screen-body library-screen">
        {view.kind === 'edit' && templates ? (
          <TemplateEditor
            key={view.id ?? 'new'}
            template={editing}
            onSaved={(saved) => {
              put(saved);
              if (view.id === null) setView({ kind: 'edit', id: saved.id });
            }}
            onDuplicate={(template) => void duplicate(template)}
            onDelete={deletion.ask}
            onBack={() => setView({ kind: 'list' })}
          />
        ) : (
          <div className="tpl-list">
            {loadError ? (
              <div className="notice notice--error" role="alert">
                <span>{t('library.loadFailed', { message: errorMessage(t, loadError) })}</span>
                <button type="button" className="button" onClick={load}>
                  {t('app.retry')}
                </button>
              </div>
            ) : null}
            {templates === null && !loadError ? <p className="muted">{t('common.loading')}</p> : null}
            <section aria-labelledby="tpl-own">
              <h2 id="tpl-own" className="tpl-list__title">
                {t('library.tpl.own')}
              </h2>
              {own.length === 0 && templates !== null ? <p className="muted tpl-list__empty">{t('library.tpl.noOwn')}</p> : <ul className="tpl-cards">{own.map(row)}</ul>}
            </section>
            <section aria-labelledby="tpl-builtin">
              <h2 id="tpl-builtin" className="tpl-list__title">
                {t('library.tpl.builtIn')}
              </h2>
              <p className="muted tpl-list__empty">{t('library.tpl.builtInHint')}</p>
              <ul className="tpl-cards">{builtIn.map(row)}</ul>
            </section>
          </div>
        )}
      </div>
      {deletion.dialog}
    </>
  );
}
