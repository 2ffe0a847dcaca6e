// A date typed day-first ("15/6/2023"), tidied on blur, with the date spelled out below as documents write it.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { documentDateValues, isoToUserDate, parseUserDate } from '../i18n/format';
import type { ControlProps } from './Field';

interface DateInputProps extends ControlProps {
  value: string;
  onChange: (value: string) => void;
}

export function DateInput({ value, onChange, ...control }: DateInputProps) {
  const { t } = useTranslation();
  const parsed = parseUserDate(value);
  const spelled = parsed.kind === 'date' ? documentDateValues(parsed.iso, currentLanguage()) : null;
  return (
    <div className="date-input">
      <input
        {...control}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="input input--date"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => {
          if (parsed.kind === 'date') onChange(isoToUserDate(parsed.iso));
        }}
      />
      <span className="date-input__spelled" aria-hidden="true">
        {spelled ? t('dates.document', spelled) : null}
      </span>
    </div>
  );
}
