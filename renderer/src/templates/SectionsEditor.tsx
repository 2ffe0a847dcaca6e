// The ordered sections of a template: title (vi, en), guidance for the author, default content, internal-only, recurring, auto-content.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutoContent, TemplateSection, TemplateVariable } from '../../../shared/model/template';
import { RichTextEditor, type InsertMenuItem } from '../editor/RichTextEditor';
import type { ReferenceResolver } from '../editor/resolver';
import { messageOf, type FieldMessages } from '../talking-points/formCommon';
import { Field } from '../ui/Field';
import { Icon } from '../ui/Icon';
import { emptySection } from './formModel';

interface SectionsEditorProps {
  sections: TemplateSection[];
  onChange(sections: TemplateSection[]): void;
  variables: readonly TemplateVariable[];
  errors: FieldMessages;
  /** Template findings (already worded) by section id. */
  findings: ReadonlyMap<string, string[]>;
  readOnly: boolean;
}

type AutoKind = AutoContent['kind'] | 'none';
const AUTO_KINDS: readonly AutoKind[] = ['none', 'cited_directives', 'qa_by_tag', 'talking_points_by_tag'];

function autoOf(kind: AutoKind, tag: string): AutoContent | null {
  if (kind === 'none') return null;
  if (kind === 'cited_directives') return { kind };
  return { kind, tag };
}

export function SectionsEditor({ sections, onChange, variables, errors, findings, readOnly }: SectionsEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, changes: Partial<TemplateSection>) => onChange(sections.map((s, i) => (i === index ? { ...s, ...changes } : s)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...sections];
    const [section] = next.splice(index, 1);
    if (section) next.splice(index + by, 0, section);
    onChange(next);
  };
  const insertMenu = useMemo<InsertMenuItem[]>(
    () =>
      variables
        .filter((v) => /^[a-z_][a-z0-9_]*$/.test(v.name))
        .map((variable) => ({ id: `variable-${variable.name}`, label: t('library.tpl.insertVariable', { name: variable.name, label: variable.label }), run: (editor) => editor.chain().focus().insertVariable({ name: variable.name }).run() })),
    [variables, t],
  );
  const resolve = useMemo<ReferenceResolver>(
    () => ({
      variable: (name) => {
        const variable = variables.find((v) => v.name === name);
        return variable ? { label: variable.label } : null;
      },
    }),
    [variables],
  );

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('library.tpl.sections')}</legend>
      <ol className="tpl-sections">
        {sections.map((section, index) => {
          const number = index + 1;
          const error = (field: string) => messageOf(t, errors[`sections.${String(index)}.${field}`]);
          const autoKind: AutoKind = section.auto?.kind ?? 'none';
          const autoTag = section.auto && 'tag' in section.auto ? section.auto.tag : '';
          const problems = findings.get(section.id) ?? [];
          return (
            <li key={section.id} className={`tpl-section${section.internalOnly ? ' tpl-section--internal' : ''}`} data-testid={`template-section-${String(number)}`}>
              <div className="proof-point__head">
                <span className="proof-point__number">{t('library.tpl.sectionNumber', { number })}</span>
                {section.internalOnly ? <span className="badge badge--warning">{t('library.tpl.internalOnlyBadge')}</span> : null}
                {readOnly ? null : (
                  <span className="proof-point__actions">
                    <button type="button" className="icon-button icon-button--small" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t('library.tpl.moveUp', { number })} title={t('library.tpl.moveUp', { number })}>
                      <Icon name="sortUp" size={16} />
                    </button>
                    <button type="button" className="icon-button icon-button--small" disabled={index === sections.length - 1} onClick={() => move(index, 1)} aria-label={t('library.tpl.moveDown', { number })} title={t('library.tpl.moveDown', { number })}>
                      <Icon name="sortDown" size={16} />
                    </button>
                    <button type="button" className="icon-button icon-button--small" disabled={sections.length === 1} onClick={() => onChange(sections.filter((_, i) => i !== index))} aria-label={t('library.tpl.removeSection', { number })} title={t('library.tpl.removeSection', { number })}>
                      <Icon name="trash" size={16} />
                    </button>
                  </span>
                )}
              </div>
              {problems.map((problem) => (
                <p key={problem} className="field__error">
                  {problem}
                </p>
              ))}
              <div className="bilingual">
                <Field label={t('library.tpl.sectionTitle')} error={error('title')}>
                  {(control) => <input {...control} className="input" value={section.title} readOnly={readOnly} onChange={(event) => update(index, { title: event.target.value })} />}
                </Field>
                <Field label={t('library.tpl.sectionTitleEn')} error={error('titleEn')}>
                  {(control) => <input {...control} className="input" lang="en" value={section.titleEn} readOnly={readOnly} onChange={(event) => update(index, { titleEn: event.target.value })} />}
                </Field>
              </div>
              <Field label={t('library.tpl.guidance')} hint={t('library.tpl.guidanceHint')} error={error('guidance')}>
                {(control) => <textarea {...control} className="textarea" rows={2} value={section.guidance} readOnly={readOnly} onChange={(event) => update(index, { guidance: event.target.value })} />}
              </Field>
              <div className="field">
                <span className="field__label">{t('library.tpl.content')}</span>
                <RichTextEditor value={section.content} onChange={(content) => update(index, { content })} label={t('library.tpl.contentOf', { number })} readOnly={readOnly} resolve={resolve} insertMenu={insertMenu} size="compact" toolbar="full" />
              </div>
              <div className="tpl-section__options">
                <label className="checkbox">
                  <input type="checkbox" checked={section.internalOnly} disabled={readOnly} onChange={(event) => update(index, { internalOnly: event.target.checked })} />
                  <span>{t('library.tpl.internalOnly')}</span>
                </label>
                <label className="checkbox">
                  <input type="checkbox" checked={section.recurring} disabled={readOnly} onChange={(event) => update(index, { recurring: event.target.checked })} />
                  <span>{t('library.tpl.recurring')}</span>
                </label>
                <label className="tpl-section__auto">
                  <span className="toolbar__label">{t('library.tpl.auto')}</span>
                  <select className="select" value={autoKind} disabled={readOnly} onChange={(event) => update(index, { auto: autoOf(AUTO_KINDS.find((k) => k === event.target.value) ?? 'none', autoTag) })}>
                    {AUTO_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`library.tpl.autoKinds.${kind}`)}
                      </option>
                    ))}
                  </select>
                </label>
                {autoKind === 'qa_by_tag' || autoKind === 'talking_points_by_tag' ? (
                  <label className="tpl-section__auto">
                    <span className="toolbar__label">{t('library.tpl.autoTag')}</span>
                    <input className="input" value={autoTag} readOnly={readOnly} aria-invalid={error('auto.tag') ? true : undefined} onChange={(event) => update(index, { auto: autoOf(autoKind, event.target.value) })} />
                  </label>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      {readOnly ? null : (
        <button type="button" className="button tpl-add" onClick={() => onChange([...sections, emptySection()])} data-testid="add-section">
          <Icon name="plus" size={16} />
          <span>{t('library.tpl.addSection')}</span>
        </button>
      )}
    </fieldset>
  );
}
