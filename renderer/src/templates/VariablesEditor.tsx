// The variables of a template ({{ky_bao_cao}}, {{ngay_hop_bao}}…): name, labels, type, default and required, with their findings inline.
import { useTranslation } from 'react-i18next';
import type { TemplateVariable } from '../../../shared/model/template';
import { messageOf, type FieldMessages } from '../talking-points/formCommon';
import { Icon } from '../ui/Icon';
import { emptyVariable } from './formModel';

interface VariablesEditorProps {
  variables: TemplateVariable[];
  onChange(variables: TemplateVariable[]): void;
  errors: FieldMessages;
  /** Template findings (already worded) by variable index. */
  findings: ReadonlyMap<number, string[]>;
  readOnly: boolean;
}

const TYPES = ['text', 'date', 'period'] as const;

export function VariablesEditor({ variables, onChange, errors, findings, readOnly }: VariablesEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, changes: Partial<TemplateVariable>) => onChange(variables.map((v, i) => (i === index ? { ...v, ...changes } : v)));
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('library.tpl.variables')}</legend>
      <p className="field__hint tpl-hint">{t('library.tpl.variablesHint', { example: '{{ky_bao_cao}}' })}</p>
      {variables.length > 0 ? (
        <table className="table tpl-variables">
          <thead>
            <tr>
              <th scope="col">{t('library.tpl.variableName')}</th>
              <th scope="col">{t('library.tpl.variableLabel')}</th>
              <th scope="col">{t('library.tpl.variableLabelEn')}</th>
              <th scope="col">{t('library.tpl.variableType')}</th>
              <th scope="col">{t('library.tpl.variableDefault')}</th>
              <th scope="col">{t('library.tpl.variableRequired')}</th>
              {readOnly ? null : <th scope="col" className="table__actions" aria-label={t('library.tpl.actions')} />}
            </tr>
          </thead>
          <tbody>
            {variables.map((variable, index) => {
              const problems = [messageOf(t, errors[`variables.${String(index)}.name`]), messageOf(t, errors[`variables.${String(index)}.label`]), ...(findings.get(index) ?? [])].filter(Boolean);
              const number = index + 1;
              return (
                <tr key={index} className={problems.length > 0 ? 'tpl-variables__row--problem' : undefined}>
                  <td>
                    <input className="input input--mono" value={variable.name} readOnly={readOnly} aria-label={t('library.tpl.variableNameOf', { number })} aria-invalid={problems.length > 0 || undefined} onChange={(event) => update(index, { name: event.target.value.trim() })} />
                    {problems.map((problem) => (
                      <p key={problem} className="field__error">
                        {problem}
                      </p>
                    ))}
                  </td>
                  <td>
                    <input className="input" value={variable.label} readOnly={readOnly} aria-label={t('library.tpl.variableLabelOf', { number })} onChange={(event) => update(index, { label: event.target.value })} />
                  </td>
                  <td>
                    <input className="input" lang="en" value={variable.labelEn} readOnly={readOnly} aria-label={t('library.tpl.variableLabelEnOf', { number })} onChange={(event) => update(index, { labelEn: event.target.value })} />
                  </td>
                  <td>
                    <select className="select" value={variable.type} disabled={readOnly} aria-label={t('library.tpl.variableTypeOf', { number })} onChange={(event) => update(index, { type: TYPES.find((type) => type === event.target.value) ?? 'text' })}>
                      {TYPES.map((type) => (
                        <option key={type} value={type}>
                          {t(`library.tpl.variableTypes.${type}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input className="input" value={variable.default} readOnly={readOnly} placeholder={variable.type === 'date' ? t('library.tpl.datePlaceholder') : undefined} aria-label={t('library.tpl.variableDefaultOf', { number })} onChange={(event) => update(index, { default: event.target.value })} />
                  </td>
                  <td className="tpl-variables__check">
                    <input type="checkbox" checked={variable.required} disabled={readOnly} aria-label={t('library.tpl.variableRequiredOf', { number })} onChange={(event) => update(index, { required: event.target.checked })} />
                  </td>
                  {readOnly ? null : (
                    <td className="table__actions">
                      <button type="button" className="icon-button icon-button--small" onClick={() => onChange(variables.filter((_, i) => i !== index))} aria-label={t('library.tpl.removeVariable', { number })} title={t('library.tpl.removeVariable', { number })}>
                        <Icon name="trash" size={16} />
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('library.tpl.noVariables')}</p>
      )}
      {readOnly ? null : (
        <button type="button" className="button tpl-add" onClick={() => onChange([...variables, emptyVariable()])}>
          <Icon name="plus" size={16} />
          <span>{t('library.tpl.addVariable')}</span>
        </button>
      )}
    </fieldset>
  );
}
