// Agency and spokesperson fields of the settings (printed in packet headers and contact lines).
import { useTranslation } from 'react-i18next';
import type { SettingsFields } from '../../../shared/model/settings';
import type { FieldErrors } from '../api/fieldErrors';
import { documentDateValues } from '../i18n/format';
import { Field } from '../ui/Field';

export type IdentityValues = Pick<
  SettingsFields,
  'agencyName' | 'parentAgencyName' | 'placeName' | 'spokespersonName' | 'spokespersonTitle' | 'contactPhone' | 'contactEmail'
>;

export function identityOf(fields: SettingsFields): IdentityValues {
  return {
    agencyName: fields.agencyName,
    parentAgencyName: fields.parentAgencyName,
    placeName: fields.placeName,
    spokespersonName: fields.spokespersonName,
    spokespersonTitle: fields.spokespersonTitle,
    contactPhone: fields.contactPhone,
    contactEmail: fields.contactEmail,
  };
}

interface IdentityFieldsProps {
  values: IdentityValues;
  errors: FieldErrors;
  onChange: (changes: Partial<IdentityValues>) => void;
}

function todayIso(): string {
  const now = new Date();
  return `${String(now.getFullYear())}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function IdentityFields({ values, errors, onChange }: IdentityFieldsProps) {
  const { t } = useTranslation();
  const error = (field: keyof IdentityValues) => {
    const key = errors[field];
    return key ? t(key) : undefined;
  };
  // Documents are Vietnamese whatever the interface language, so the example date line is too.
  const today = documentDateValues(todayIso(), 'vi');
  const placeHint = t('settings.placeNameHint', {
    place: values.placeName.trim() || t('settings.placeExample'),
    date: today ? t('dates.document', { ...today, lng: 'vi' }) : '',
  });
  const text = (field: keyof IdentityValues, label: string, options: { hint?: string; type?: 'text' | 'tel' | 'email' } = {}) => (
    <Field label={label} hint={options.hint} error={error(field)}>
      {(control) => (
        <input
          {...control}
          type={options.type ?? 'text'}
          className="input"
          value={values[field]}
          onChange={(event) => onChange({ [field]: event.target.value })}
          autoComplete="off"
        />
      )}
    </Field>
  );

  return (
    <>
      <h2 id="settings-agency" className="card__title">
        {t('settings.agency')}
      </h2>
      {text('agencyName', t('settings.agencyName'), { hint: t('settings.agencyNameHint') })}
      {text('parentAgencyName', t('settings.parentAgencyName'))}
      {text('placeName', t('settings.placeName'), { hint: placeHint })}
      <h2 className="card__title card__title--spaced">{t('settings.spokesperson')}</h2>
      <div className="form__row">
        {text('spokespersonName', t('settings.spokespersonName'))}
        {text('spokespersonTitle', t('settings.spokespersonTitle'))}
      </div>
      <div className="form__row">
        {text('contactPhone', t('settings.contactPhone'), { type: 'tel' })}
        {text('contactEmail', t('settings.contactEmail'), { type: 'email' })}
      </div>
    </>
  );
}
