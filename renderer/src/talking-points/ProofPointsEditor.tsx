// The proof points of a talking point: fact or figure (Vietnamese and English side by side) and its source — a directive and excerpt, or a named report and date.
import { useTranslation } from 'react-i18next';
import type { Directive } from '../../../shared/model/directive';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';
import { Icon } from '../ui/Icon';
import { DirectivePicker } from './DirectivePicker';
import { messageOf, type FieldMessages } from './formCommon';
import { emptyProofPoint, type ProofPointDraft, type SourceKind } from './formModel';

interface ProofPointsEditorProps {
  points: ProofPointDraft[];
  onChange(points: ProofPointDraft[]): void;
  directives: readonly Directive[];
  errors: FieldMessages;
  readOnly?: boolean;
}

const SOURCE_KINDS: readonly SourceKind[] = ['directive', 'report', 'none'];

export function ProofPointsEditor({ points, onChange, directives, errors, readOnly = false }: ProofPointsEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, changes: Partial<ProofPointDraft>) => onChange(points.map((point, i) => (i === index ? { ...point, ...changes } : point)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...points];
    const [point] = next.splice(index, 1);
    if (point) next.splice(index + by, 0, point);
    onChange(next);
  };
  const error = (path: string) => messageOf(t, errors[path]);

  return (
    <fieldset className="fieldset proof-points" data-testid="proof-points">
      <legend className="fieldset__legend">{t('library.tp.proofPoints')}</legend>
      {points.length === 0 ? <p className="muted proof-points__empty">{t('library.tp.noProofPoints')}</p> : null}
      <ol className="proof-points__list">
        {points.map((point, index) => {
          const directive = point.directiveId ? directives.find((d) => d.id === point.directiveId) : undefined;
          const number = index + 1;
          return (
            <li key={point.id} className="proof-point" data-testid={`proof-point-${String(number)}`}>
              <div className="proof-point__head">
                <span className="proof-point__number">{t('library.tp.proofPointNumber', { number })}</span>
                {readOnly ? null : (
                  <span className="proof-point__actions">
                    <button type="button" className="icon-button icon-button--small" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t('library.tp.moveUp', { number })} title={t('library.tp.moveUp', { number })}>
                      <Icon name="sortUp" size={16} />
                    </button>
                    <button type="button" className="icon-button icon-button--small" disabled={index === points.length - 1} onClick={() => move(index, 1)} aria-label={t('library.tp.moveDown', { number })} title={t('library.tp.moveDown', { number })}>
                      <Icon name="sortDown" size={16} />
                    </button>
                    <button type="button" className="icon-button icon-button--small" onClick={() => onChange(points.filter((_, i) => i !== index))} aria-label={t('library.tp.removeProofPoint', { number })} title={t('library.tp.removeProofPoint', { number })}>
                      <Icon name="trash" size={16} />
                    </button>
                  </span>
                )}
              </div>
              <div className="bilingual">
                <Field label={t('library.tp.proofText')} error={error(`proofPoints.${String(index)}.text`)}>
                  {(control) => <textarea {...control} className="textarea" rows={3} value={point.text} readOnly={readOnly} onChange={(event) => update(index, { text: event.target.value })} />}
                </Field>
                <Field label={t('library.tp.proofTextEn')}>
                  {(control) => <textarea {...control} className="textarea" rows={3} lang="en" value={point.textEn} readOnly={readOnly} onChange={(event) => update(index, { textEn: event.target.value })} />}
                </Field>
              </div>
              <div className="proof-point__source" role="radiogroup" aria-label={t('library.tp.sourceKind', { number })}>
                <span className="toolbar__label">{t('library.tp.source')}</span>
                {SOURCE_KINDS.map((kind) => (
                  <label key={kind} className="radio">
                    <input type="radio" name={`source-${point.id}`} value={kind} checked={point.sourceKind === kind} disabled={readOnly} onChange={() => update(index, { sourceKind: kind })} />
                    <span>{t(`library.tp.sourceKinds.${kind}`)}</span>
                  </label>
                ))}
              </div>
              {point.sourceKind === 'directive' ? (
                <div className="form__row">
                  <Field label={t('library.tp.directive')} error={error(`proofPoints.${String(index)}.source.directiveId`)}>
                    {(control) => (
                      <DirectivePicker {...control} directives={directives} value={point.directiveId} onChange={(directiveId) => update(index, { directiveId, excerptId: '' })} testId={`proof-directive-${String(number)}`} />
                    )}
                  </Field>
                  <div>
                    {directive && directive.excerpts.length > 0 ? (
                      <Field label={t('library.tp.excerpt')}>
                        {(control) => (
                          <select {...control} className="select" value={point.excerptId} disabled={readOnly} onChange={(event) => update(index, { excerptId: event.target.value })}>
                            <option value="">{t('library.tp.noExcerpt')}</option>
                            {directive.excerpts.map((excerpt) => (
                              <option key={excerpt.id} value={excerpt.id}>
                                {excerpt.reference ? `${excerpt.reference} — ${excerpt.text.slice(0, 80)}` : excerpt.text.slice(0, 100)}
                              </option>
                            ))}
                          </select>
                        )}
                      </Field>
                    ) : null}
                    <Field label={t('library.tp.pinpoint')} hint={t('library.tp.pinpointHint')}>
                      {(control) => <input {...control} className="input" value={point.excerpt} readOnly={readOnly} onChange={(event) => update(index, { excerpt: event.target.value })} />}
                    </Field>
                  </div>
                </div>
              ) : null}
              {point.sourceKind === 'report' ? (
                <div className="proof-point__report">
                  <Field label={t('library.tp.reportName')} error={error(`proofPoints.${String(index)}.source.name`)}>
                    {(control) => <input {...control} className="input" value={point.reportName} readOnly={readOnly} onChange={(event) => update(index, { reportName: event.target.value })} />}
                  </Field>
                  <Field label={t('library.tp.reportDate')} error={error(`proofPoints.${String(index)}.source.date`)}>
                    {(control) => <DateInput {...control} value={point.reportDate} onChange={(reportDate) => update(index, { reportDate })} />}
                  </Field>
                </div>
              ) : null}
              {point.sourceKind === 'none' ? <p className="proof-point__warning">{t('library.tp.noSourceWarning')}</p> : null}
            </li>
          );
        })}
      </ol>
      {readOnly ? null : (
        <button type="button" className="button" onClick={() => onChange([...points, emptyProofPoint()])} data-testid="add-proof-point">
          <Icon name="plus" size={16} />
          <span>{t('library.tp.addProofPoint')}</span>
        </button>
      )}
    </fieldset>
  );
}
