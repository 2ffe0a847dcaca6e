// Editing one template (or reading a built-in one, with "Nhân bản"): general fields, periodicity and layout, variables, sections, checks.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { validateTemplate, type TemplateFinding } from '../../../shared/library/templates';
import { periodicitySchema, type Template } from '../../../shared/model/template';
import { layoutPresetIdSchema } from '../../../shared/model/common';
import { BridgeCallError, call } from '../api/client';
import { errorMessage } from '../api/errors';
import { useUnsavedGuard } from '../app/shellContext';
import { EditorIcon } from '../editor/icons';
import { fieldMessages, messageOf, type FieldMessages } from '../talking-points/formCommon';
import { DiscardChangesDialog } from '../ui/DiscardChangesDialog';
import { Field } from '../ui/Field';
import { Icon } from '../ui/Icon';
import { useToasts } from '../ui/Toasts';
import { emptyTemplateForm, templateFields, templateForm, type TemplateFormValues } from './formModel';
import { SectionsEditor } from './SectionsEditor';
import { VariablesEditor } from './VariablesEditor';

interface TemplateEditorProps {
  template: Template | null;
  onSaved(template: Template): void;
  onDuplicate(template: Template): void;
  onDelete(template: Template): void;
  onBack(): void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function TemplateEditor({ template, onSaved, onDuplicate, onDelete, onBack }: TemplateEditorProps) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const readOnly = template?.builtIn ?? false;
  const [baseline, setBaseline] = useState<TemplateFormValues>(() => (template ? templateForm(template) : emptyTemplateForm()));
  const [values, setValues] = useState(baseline);
  const [errors, setErrors] = useState<FieldMessages>({});
  const [busy, setBusy] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const change = (changes: Partial<TemplateFormValues>) => setValues((previous) => ({ ...previous, ...changes }));
  const dirty = !readOnly && !same(values, baseline);
  useUnsavedGuard(dirty);

  const findings = useMemo(() => {
    const day = Number(values.dueDay);
    return validateTemplate({ sections: values.sections, variables: values.variables, periodicity: { kind: values.periodicityKind, dueDay: values.dueDay.trim() && Number.isInteger(day) ? day : null } });
  }, [values.sections, values.variables, values.periodicityKind, values.dueDay]);
  const word = (finding: TemplateFinding) => t(`library.tpl.findings.${finding.code}`, { ...finding.params });
  const byVariable = new Map<number, string[]>();
  const bySection = new Map<string, string[]>();
  const general: string[] = [];
  for (const finding of findings) {
    if (finding.severity === 'info' && finding.code !== 'unused_variable') continue;
    const text = word(finding);
    if (finding.location.kind === 'variable') byVariable.set(finding.location.variableIndex, [...(byVariable.get(finding.location.variableIndex) ?? []), text]);
    else if (finding.location.kind === 'section') bySection.set(finding.location.sectionId, [...new Set([...(bySection.get(finding.location.sectionId) ?? []), text])]);
    else general.push(text);
  }
  const blocking = findings.filter((f) => f.severity === 'error');

  const save = async () => {
    const result = templateFields(values);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setBusy(true);
    try {
      const saved = template ? await call('templates', 'update', { id: template.id, fields: result.fields, expectedUpdatedAt: template.updatedAt }) : await call('templates', 'create', { fields: result.fields });
      const next = templateForm(saved);
      setBaseline(next);
      setValues(next);
      setErrors({});
      onSaved(saved);
      toasts.notify({ message: t('library.tpl.saved', { name: saved.name }), tone: 'success' });
    } catch (error) {
      if (error instanceof BridgeCallError) setErrors(fieldMessages(error.issues, ['fields']));
      toasts.notify({ message: errorMessage(t, error), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      if (!busy && !readOnly) void save();
    }
  };
  const error = (field: string) => messageOf(t, errors[field]);

  return (
    <div className="item-editor" onKeyDown={onKeyDown} data-testid="template-editor">
      <div className="item-editor__bar">
        <button type="button" className="button button--quiet" onClick={() => (dirty ? setLeaving(true) : onBack())} data-testid="editor-back">
          <EditorIcon name="back" size={16} />
          <span>{t('library.tpl.backToList')}</span>
        </button>
        <h2 className="item-editor__heading" title={values.name}>
          {values.name.trim() || t('library.tpl.new')}
        </h2>
        <span className="item-editor__state" role="status">
          {dirty ? t('library.editor.unsaved') : ''}
        </span>
        {template ? (
          <button type="button" className={readOnly ? 'button button--primary' : 'button'} onClick={() => onDuplicate(template)} disabled={busy} data-testid="duplicate-template">
            {t('library.tpl.duplicate')}
          </button>
        ) : null}
        {template && !readOnly ? (
          <button type="button" className="button button--danger-text" onClick={() => onDelete(template)} disabled={busy}>
            <Icon name="trash" size={16} />
            <span>{t('library.editor.delete')}</span>
          </button>
        ) : null}
        {readOnly ? null : (
          <button type="button" className="button button--primary" onClick={() => void save()} disabled={busy || (!dirty && template !== null)} aria-keyshortcuts="Control+S" title={t('library.editor.saveShortcut')} data-testid="save-template">
            {busy ? t('common.saving') : t('common.save')}
          </button>
        )}
      </div>
      <div className="item-editor__body item-editor__body--single">
        <form className="item-editor__form tpl-form" noValidate onSubmit={(event) => event.preventDefault()}>
          {readOnly ? <p className="notice notice--info">{t('library.tpl.builtInNotice')}</p> : null}
          {Object.keys(errors).length > 0 ? (
            <p className="form__alert" role="alert">
              {t('common.errorSummary', { count: Object.keys(errors).length })}
            </p>
          ) : null}
          {!readOnly && blocking.length > 0 ? (
            <p className="notice notice--warning" role="status" data-testid="template-findings">
              {t('library.tpl.findingsSummary', { count: blocking.length })}
            </p>
          ) : null}
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('library.tpl.general')}</legend>
            <div className="bilingual">
              <Field label={t('library.tpl.name')} error={error('name')}>
                {(control) => <input {...control} className="input input--title" value={values.name} readOnly={readOnly} onChange={(event) => change({ name: event.target.value })} data-testid="template-name" />}
              </Field>
              <Field label={t('library.tpl.nameEn')} error={error('nameEn')}>
                {(control) => <input {...control} className="input" lang="en" value={values.nameEn} readOnly={readOnly} onChange={(event) => change({ nameEn: event.target.value })} />}
              </Field>
            </div>
            <Field label={t('library.tpl.description')} error={error('description')}>
              {(control) => <textarea {...control} className="textarea" rows={2} value={values.description} readOnly={readOnly} onChange={(event) => change({ description: event.target.value })} />}
            </Field>
            <div className="tpl-row">
              <Field label={t('library.tpl.periodicity')}>
                {(control) => (
                  <select {...control} className="select" value={values.periodicityKind} disabled={readOnly} onChange={(event) => change({ periodicityKind: periodicitySchema.shape.kind.parse(event.target.value) })}>
                    {periodicitySchema.shape.kind.options.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`library.tpl.periodicities.${kind}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('library.tpl.dueDay')} hint={t(values.periodicityKind === 'weekly' ? 'library.tpl.dueDayWeekly' : 'library.tpl.dueDayHint')} error={error('dueDay') ?? general[0]}>
                {(control) => <input {...control} className="input input--number" inputMode="numeric" value={values.dueDay} readOnly={readOnly} onChange={(event) => change({ dueDay: event.target.value })} />}
              </Field>
              <Field label={t('library.tpl.layout')}>
                {(control) => (
                  <select {...control} className="select" value={values.layoutPreset} disabled={readOnly} onChange={(event) => change({ layoutPreset: layoutPresetIdSchema.parse(event.target.value) })}>
                    {layoutPresetIdSchema.options.map((preset) => (
                      <option key={preset} value={preset}>
                        {t(`library.tpl.layouts.${preset}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('library.tpl.documentTitle')} hint={t('library.tpl.documentTitleHint')} error={error('documentTitle')}>
                {(control) => <input {...control} className="input" value={values.documentTitle} readOnly={readOnly} onChange={(event) => change({ documentTitle: event.target.value })} />}
              </Field>
            </div>
          </fieldset>
          <VariablesEditor variables={values.variables} onChange={(variables) => change({ variables })} errors={errors} findings={byVariable} readOnly={readOnly} />
          <SectionsEditor sections={values.sections} onChange={(sections) => change({ sections })} variables={values.variables} errors={errors} findings={bySection} readOnly={readOnly} />
        </form>
      </div>
      {leaving ? (
        <DiscardChangesDialog
          onKeep={() => setLeaving(false)}
          onDiscard={() => {
            setLeaving(false);
            onBack();
          }}
        />
      ) : null}
    </div>
  );
}
