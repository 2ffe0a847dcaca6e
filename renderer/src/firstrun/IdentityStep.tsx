// Step 2 of the first-run wizard: agency, place name and spokesperson, through the same fields as the Settings screen.
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../api/fieldErrors';
import { IdentityFields, type IdentityValues } from '../settings/IdentityFields';

interface IdentityStepProps {
  values: IdentityValues;
  errors: FieldErrors;
  onChange(changes: Partial<IdentityValues>): void;
}

export function IdentityStep({ values, errors, onChange }: IdentityStepProps) {
  const { t } = useTranslation();
  const count = Object.keys(errors).length;
  return (
    <div className="firstrun-identity">
      {count > 0 ? (
        <p className="form__alert" role="alert">
          {t('firstRun.identity.fixErrors', { count })}
        </p>
      ) : null}
      <IdentityFields values={values} errors={errors} onChange={onChange} />
    </div>
  );
}
