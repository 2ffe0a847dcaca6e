// "Tạo gói mới": a template, the period it covers and its variables (agency and spokesperson prefilled from the settings).
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Packet, Period } from '../../../shared/model/packet';
import type { Template } from '../../../shared/model/template';
import { defaultPacketTitle } from '../../../shared/packets/create';
import { periodVariableValue } from '../../../shared/packets/periods';
import { call } from '../api/client';
import { errorMessage } from '../api/errors';
import { useSettings } from '../app/settingsContext';
import { currentLanguage } from '../i18n';
import { DateInput } from '../ui/DateInput';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { localToday } from './labels';
import { draftOfPeriod, initialVariableInputs, periodDraftFor, periodKindFor, periodOf, variableValues, type PeriodDraft } from './periodForm';
import { PeriodFields } from './PeriodFields';
import { FormAlert } from '../ui/FormAlert';
import { FormDialogButtons } from '../ui/FormDialogButtons';

interface NewPacketDialogProps {
  templates: readonly Template[];
  /** Preselected template and period (a due briefing of the schedule). */
  initial?: { templateId: string; period: Period };
  onCreated(packet: Packet): void;
  onClose(): void;
}

export function NewPacketDialog({ templates, initial, onCreated, onClose }: NewPacketDialogProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const language = currentLanguage();
  const formId = useId();
  const today = localToday();
  const [templateId, setTemplateId] = useState(initial?.templateId ?? templates[0]?.id ?? '');
  const template = templates.find((item) => item.id === templateId) ?? null;
  const [period, setPeriod] = useState<PeriodDraft>(() =>
    initial ? draftOfPeriod(initial.period, today) : periodDraftFor(periodKindFor(template?.periodicity.kind ?? 'monthly'), today),
  );
  const [inputs, setInputs] = useState<Record<string, string>>(() => (template ? initialVariableInputs(template, settings) : {}));
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = periodOf(period);
  const { values, problems } = useMemo(() => variableValues(template?.variables ?? [], inputs, chosen), [template, inputs, chosen]);
  const canSubmit = template !== null && chosen !== null && Object.keys(problems).length === 0 && !busy;

  const chooseTemplate = (id: string) => {
    const next = templates.find((item) => item.id === id);
    setTemplateId(id);
    if (!next) return;
    setPeriod(periodDraftFor(periodKindFor(next.periodicity.kind), today));
    setInputs((current) => ({ ...initialVariableInputs(next, settings), ...Object.fromEntries(Object.entries(current).filter(([, v]) => v.trim() !== '')) }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!canSubmit || !template || !chosen) return;
    setBusy(true);
    setError(null);
    try {
      const packet = await call('packets', 'createFromTemplate', { templateId: template.id, period: chosen, variables: values, title: title.trim() || undefined, by: settings.spokespersonName });
      onCreated(packet);
    } catch (failure) {
      setError(errorMessage(t, failure));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('packets.create.title')}
      variant="side"
      onRequestClose={() => (busy ? undefined : onClose())}
      closeLabel={t('common.close')}
      footer={
        <FormDialogButtons formId={formId} submitLabel={busy ? t('packets.create.creating') : t('packets.create.submit')} busy={busy} canSubmit={canSubmit} onCancel={onClose} />
      }
    >
      <form id={formId} className="form new-packet" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert message={error} />
        {templates.length === 0 ? <p className="notice">{t('packets.create.noTemplates')}</p> : null}
        <Field label={t('packets.create.template')} hint={template?.description ? template.description.split('\n')[0] : undefined}>
          {(control) => (
            <select {...control} className="select" value={templateId} onChange={(event) => chooseTemplate(event.target.value)}>
              {templates.map((item) => (
                <option key={item.id} value={item.id}>
                  {`${language === 'en' && item.nameEn ? item.nameEn : item.name} (${t(`packets.periodicity.${item.periodicity.kind}`)})`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('packets.create.period')}</legend>
          <PeriodFields value={period} onChange={setPeriod} dateInvalid={period.kind === 'date' && chosen === null} />
        </fieldset>
        <Field label={t('packets.create.packetTitle')} hint={t('packets.create.packetTitleHint')}>
          {(control) => (
            <input {...control} className="input" value={title} placeholder={template && chosen ? defaultPacketTitle(template, chosen) : ''} onChange={(event) => setTitle(event.target.value)} />
          )}
        </Field>
        {template && template.variables.length > 0 ? (
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('packets.create.variables')}</legend>
            <p className="field__hint">{t('packets.create.variablesHint')}</p>
            {template.variables.map((variable) => {
              const label = language === 'en' && variable.labelEn ? variable.labelEn : variable.label;
              const value = inputs[variable.name] ?? '';
              const change = (next: string) => setInputs((current) => ({ ...current, [variable.name]: next }));
              if (variable.type === 'period') {
                return (
                  <Field key={variable.name} label={label} hint={t('packets.create.periodVariableHint', { value: chosen ? periodVariableValue(chosen) : '' })}>
                    {(control) => <input {...control} className="input" value={value} placeholder={chosen ? periodVariableValue(chosen) : ''} onChange={(event) => change(event.target.value)} />}
                  </Field>
                );
              }
              if (variable.type === 'date') {
                return (
                  <Field key={variable.name} label={label} error={problems[variable.name] ? t('packets.period.dateInvalid') : undefined}>
                    {(control) => <DateInput {...control} value={value} onChange={change} />}
                  </Field>
                );
              }
              return (
                <Field key={variable.name} label={label}>
                  {(control) => <input {...control} className="input" value={value} onChange={(event) => change(event.target.value)} />}
                </Field>
              );
            })}
          </fieldset>
        ) : null}
      </form>
    </Dialog>
  );
}
