// The directive form's controls, grouped as officers read a document: identity, subject, validity, excerpts and notes.
import { useTranslation } from 'react-i18next';
import { DIRECTIVE_TYPES, DIRECTIVE_TYPE_NAMES, type DirectiveTypeName } from '../../../shared/directives/types';
import { directiveStatusSchema, type Directive, type DirectiveStatus } from '../../../shared/model/directive';
import type { FieldErrors } from '../api/fieldErrors';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';
import { ExcerptsEditor } from './ExcerptsEditor';
import { singleLine, type DirectiveFormValues } from './formModel';
import type { DirectiveLabels } from './labels';
import { SupersededPicker } from './SupersededPicker';

interface DirectiveFormFieldsProps {
  values: DirectiveFormValues;
  errors: FieldErrors;
  change: (changes: Partial<DirectiveFormValues>) => void;
  onSymbolBlur: () => void;
  directives: readonly Directive[];
  selfId: string | null;
  labels: DirectiveLabels;
}

function isTypeName(value: string): value is DirectiveTypeName {
  return DIRECTIVE_TYPE_NAMES.some((name) => name === value);
}

function isStatus(value: string): value is DirectiveStatus {
  return directiveStatusSchema.safeParse(value).success;
}

export function DirectiveFormFields({ values, errors, change, onSymbolBlur, directives, selfId, labels }: DirectiveFormFieldsProps) {
  const { t } = useTranslation();
  const error = (field: string) => {
    const key = errors[field];
    return key ? t(key) : undefined;
  };

  return (
    <>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('directiveForm.identity')}</legend>
        <div className="form__row">
          <Field label={t('directiveForm.type')} error={error('type')}>
            {(control) => (
              <select {...control} className="select" value={values.type} onChange={(event) => isTypeName(event.target.value) && change({ type: event.target.value })}>
                {DIRECTIVE_TYPES.map((type) => (
                  <option key={type.vi} value={type.vi}>
                    {labels.typeLabel(type.vi)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('directiveForm.symbol')} hint={t('directiveForm.symbolHint')} error={error('symbol')}>
            {(control) => (
              <input
                {...control}
                className="input input--symbol"
                value={values.symbol}
                onChange={(event) => change({ symbol: event.target.value })}
                onBlur={onSymbolBlur}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
        </div>
        <div className="form__row">
          <Field label={t('directiveForm.number')} hint={t('directiveForm.numberHint')} error={error('number')}>
            {(control) => <input {...control} className="input" value={values.number} onChange={(event) => change({ number: event.target.value })} autoComplete="off" />}
          </Field>
          <Field label={t('directiveForm.issueDate')} hint={t('directiveForm.dateHint')} error={error('issueDate')}>
            {(control) => <DateInput {...control} value={values.issueDate} onChange={(issueDate) => change({ issueDate })} />}
          </Field>
        </div>
        <div className="form__row form__row--wide-narrow">
          <Field label={t('directiveForm.issuer')} hint={t('directiveForm.issuerHint')} error={error('issuer')}>
            {(control) => <input {...control} className="input" value={values.issuer} onChange={(event) => change({ issuer: event.target.value })} />}
          </Field>
          <Field label={t('directiveForm.issuerTerm')} hint={t('directiveForm.issuerTermHint')} error={error('issuerTerm')}>
            {(control) => (
              <input {...control} className="input" value={values.issuerTerm} onChange={(event) => change({ issuerTerm: event.target.value })} autoComplete="off" spellCheck={false} />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('directiveForm.content')}</legend>
        <Field label={t('directiveForm.title')} hint={t('directiveForm.titleHint')} error={error('title')}>
          {(control) => (
            <textarea {...control} className="textarea" rows={3} data-single-line="true" value={values.title} onChange={(event) => change({ title: singleLine(event.target.value) })} />
          )}
        </Field>
        <Field label={t('directiveForm.titleEn')} error={error('titleEn')}>
          {(control) => (
            <textarea {...control} className="textarea" rows={2} lang="en" data-single-line="true" value={values.titleEn} onChange={(event) => change({ titleEn: singleLine(event.target.value) })} />
          )}
        </Field>
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('directiveForm.validity')}</legend>
        <Field label={t('directiveForm.status')} error={error('status')}>
          {(control) => (
            <select {...control} className="select" value={values.status} onChange={(event) => isStatus(event.target.value) && change({ status: event.target.value })}>
              {directiveStatusSchema.options.map((status) => (
                <option key={status} value={status}>
                  {t(`directives.status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {values.status === 'superseded' ? (
          <SupersededPicker
            value={values.supersededBy}
            onChange={(supersededBy) => change({ supersededBy })}
            directives={directives}
            selfId={selfId}
            labels={labels}
            error={error('supersededBy')}
          />
        ) : null}
        <div className="form__row">
          <Field label={t('directiveForm.effectiveFrom')} hint={t('directiveForm.dateHint')} error={error('effectiveFrom')}>
            {(control) => <DateInput {...control} value={values.effectiveFrom} onChange={(effectiveFrom) => change({ effectiveFrom })} />}
          </Field>
          <Field label={t('directiveForm.effectiveTo')} hint={t('directiveForm.dateHint')} error={error('effectiveTo')}>
            {(control) => <DateInput {...control} value={values.effectiveTo} onChange={(effectiveTo) => change({ effectiveTo })} />}
          </Field>
        </div>
      </fieldset>

      <ExcerptsEditor excerpts={values.excerpts} onChange={(excerpts) => change({ excerpts })} errors={errors} />

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('directiveForm.more')}</legend>
        <Field label={t('directiveForm.tags')} hint={t('directiveForm.tagsHint')} error={error('tags')}>
          {(control) => <input {...control} className="input" value={values.tags} onChange={(event) => change({ tags: event.target.value })} />}
        </Field>
        <Field label={t('directiveForm.notes')} error={error('notes')}>
          {(control) => <textarea {...control} className="textarea" rows={3} value={values.notes} onChange={(event) => change({ notes: event.target.value })} />}
        </Field>
      </fieldset>
    </>
  );
}
