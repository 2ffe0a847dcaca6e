// Margins (mm) and body size (pt) of the export, bounded by the chosen preset's legal ranges (Decree 30/2020, Party rules).
import { useTranslation } from 'react-i18next';
import type { Ranged } from '../../../shared/pdf/presets';

export const MARGIN_SIDES = ['top', 'bottom', 'left', 'right'] as const;
export type MarginSide = (typeof MARGIN_SIDES)[number];

/** The values typed, as text so a half-typed number is kept; empty means the preset's default. */
export type LayoutValues = Record<MarginSide | 'bodySize', string>;

export const EMPTY_LAYOUT: LayoutValues = { top: '', bottom: '', left: '', right: '', bodySize: '' };

export interface LayoutRanges {
  marginsMm: Readonly<Record<MarginSide, Ranged>>;
  bodySize: Ranged;
}

/** The adjustments for the export, or null while a value is outside its range. */
export function layoutAdjustments(values: LayoutValues, ranges: LayoutRanges): { marginsMm: Partial<Record<MarginSide, number>>; bodySize?: number } | null {
  const marginsMm: Partial<Record<MarginSide, number>> = {};
  for (const side of MARGIN_SIDES) {
    const value = checkedValue(values[side], ranges.marginsMm[side]);
    if (value === 'invalid') return null;
    if (value !== null) marginsMm[side] = value;
  }
  const bodySize = checkedValue(values.bodySize, ranges.bodySize);
  if (bodySize === 'invalid') return null;
  return bodySize === null ? { marginsMm } : { marginsMm, bodySize };
}

/** The number typed when it lies within its range, null for the default, or 'invalid'. */
export function checkedValue(text: string, range: Ranged): number | null | 'invalid' {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= range.min && value <= range.max ? value : 'invalid';
}

interface LayoutFieldsProps {
  values: LayoutValues;
  ranges: LayoutRanges;
  disabled: boolean;
  onChange(values: LayoutValues): void;
}

export function LayoutFields({ values, ranges, disabled, onChange }: LayoutFieldsProps) {
  const { t } = useTranslation();
  const field = (key: MarginSide | 'bodySize', label: string, range: Ranged, unit: string) => {
    const invalid = checkedValue(values[key], range) === 'invalid';
    const hintId = `export-layout-${key}-hint`;
    return (
      <label className="export-layout__field" key={key}>
        <span>{label}</span>
        <input
          className="input"
          type="number"
          inputMode="decimal"
          step="0.5"
          min={range.min}
          max={range.max}
          placeholder={String(range.default)}
          value={values[key]}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={hintId}
          onChange={(event) => onChange({ ...values, [key]: event.target.value })}
        />
        <span id={hintId} className={invalid ? 'field__error' : 'field__hint'}>
          {t(invalid ? 'pdfExport.layout.outOfRange' : 'pdfExport.layout.range', { min: range.min, max: range.max, unit })}
        </span>
      </label>
    );
  };
  return (
    <fieldset className="fieldset export-layout" disabled={disabled}>
      <legend className="fieldset__legend">{t('pdfExport.layout.title')}</legend>
      <div className="export-layout__grid">
        {MARGIN_SIDES.map((side) => field(side, t(`pdfExport.layout.${side}`), ranges.marginsMm[side], t('pdfExport.layout.unitMm')))}
        {field('bodySize', t('pdfExport.layout.bodySize'), ranges.bodySize, t('pdfExport.layout.unitPt'))}
      </div>
    </fieldset>
  );
}
