// The packet's variables (kỳ báo cáo, ngày họp báo, người phát ngôn…): edited here, shown in the text as {{name}} tokens.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateVariable } from '../../../../shared/model/template';
import { currentLanguage } from '../../i18n';
import { isoToUserDate, parseUserDate } from '../../i18n/format';
import { DateInput } from '../../ui/DateInput';
import { Field } from '../../ui/Field';

interface VariablesPanelProps {
  declared: readonly TemplateVariable[];
  values: Readonly<Record<string, string>>;
  readOnly: boolean;
  onChange(name: string, value: string): void;
  onInsert(name: string): void;
}

/** Declared variables in the template's order, then any other the packet holds. */
function variableList(declared: readonly TemplateVariable[], values: Readonly<Record<string, string>>): Array<{ name: string; variable: TemplateVariable | null }> {
  const names = new Set(declared.map((v) => v.name));
  return [...declared.map((variable) => ({ name: variable.name, variable })), ...Object.keys(values).filter((name) => !names.has(name)).sort().map((name) => ({ name, variable: null }))];
}

export function VariablesPanel({ declared, values, readOnly, onChange, onInsert }: VariablesPanelProps) {
  const { t } = useTranslation();
  const list = variableList(declared, values);
  const empty = list.filter(({ name }) => !(values[name] ?? '').trim()).length;
  return (
    <div className="composer-panel__body variables-panel" data-testid="variables-panel">
      <p className="composer-panel__intro">{empty > 0 ? t('packetComposer.variables.emptyCount', { count: empty }) : t('packetComposer.variables.allFilled')}</p>
      <fieldset className="plain-fieldset" disabled={readOnly}>
        <legend className="visually-hidden">{t('packetComposer.panels.variables')}</legend>
        {list.map(({ name, variable }) => (
          <VariableRow key={name} name={name} variable={variable} value={values[name] ?? ''} readOnly={readOnly} onChange={(value) => onChange(name, value)} onInsert={() => onInsert(name)} />
        ))}
      </fieldset>
    </div>
  );
}

function VariableRow({ name, variable, value, readOnly, onChange, onInsert }: { name: string; variable: TemplateVariable | null; value: string; readOnly: boolean; onChange(value: string): void; onInsert(): void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [dateText, setDateText] = useState(() => isoToUserDate(value) || value);
  const label = variable ? (language === 'en' && variable.labelEn ? variable.labelEn : variable.label) : name;
  const missing = !value.trim();
  const dateInvalid = variable?.type === 'date' && dateText.trim() !== '' && parseUserDate(dateText).kind !== 'date';
  return (
    <div className={`variable-row${missing ? ' variable-row--missing' : ''}`} data-variable-name={name}>
      <Field label={label} hint={`{{${name}}}`} error={dateInvalid ? t('packets.period.dateInvalid') : missing ? t('packetComposer.variables.missing') : undefined}>
        {(control) =>
          variable?.type === 'date' ? (
            <DateInput
              {...control}
              value={dateText}
              onChange={(text) => {
                setDateText(text);
                const parsed = parseUserDate(text);
                if (parsed.kind === 'date') onChange(parsed.iso);
                else if (parsed.kind === 'empty') onChange('');
              }}
            />
          ) : (
            <input {...control} className="input" value={value} onChange={(event) => onChange(event.target.value)} />
          )
        }
      </Field>
      {readOnly ? null : (
        <button type="button" className="button button--small button--quiet variable-row__insert" onClick={onInsert} title={t('packetComposer.variables.insertHint')}>
          {t('packetComposer.variables.insert')}
        </button>
      )}
    </div>
  );
}
