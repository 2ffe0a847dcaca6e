// The fields of the Q&A editor: question (Vietnamese, English), kind and sensitivity, outlet, answer side by side, bridging lines, links, classification.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TalkingPoint } from '../../../shared/model/talking-point';
import { RichTextEditor } from '../editor/RichTextEditor';
import { AudienceField, TopicAndReviewFields } from '../library/ClassificationFields';
import type { LibraryFormProps } from '../library/LibraryItemEditor';
import { messageOf } from '../talking-points/formCommon';
import { Field } from '../ui/Field';
import { Icon } from '../ui/Icon';
import type { QaFormValues } from './formModel';
import { DirectiveLinks, TalkingPointLinks } from './LinkPickers';

interface RadioFieldProps<V extends string> {
  label: string;
  options: readonly V[];
  value: V;
  optionLabel(option: V): string;
  onChange(value: V): void;
}

function RadioField<V extends string>({ label, options, value, optionLabel, onChange }: RadioFieldProps<V>) {
  const id = useId();
  return (
    <div className="field">
      <span className="field__label" id={id}>
        {label}
      </span>
      <div className="radio-row" role="radiogroup" aria-labelledby={id}>
        {options.map((option) => (
          <label key={option} className="radio">
            <input type="radio" name={id} checked={value === option} onChange={() => onChange(option)} />
            <span>{optionLabel(option)}</span>
          </label>
        ))}
      </div>
    </div>
  );
}

interface QaFormProps extends LibraryFormProps<QaFormValues> {
  talkingPoints: readonly TalkingPoint[];
}

export function QaForm({ values, onChange, errors, directives, talkingPoints, topics, resolve, insertMenu }: QaFormProps) {
  const { t } = useTranslation();
  const error = (field: string) => messageOf(t, errors[field]);
  const setLine = (index: number, text: string) => onChange({ bridgingLines: values.bridgingLines.map((line, i) => (i === index ? text : line)) });
  return (
    <>
      <div className="bilingual">
        <Field label={t('library.qa.question')} error={error('question')}>
          {(control) => <textarea {...control} className="textarea input--title" rows={3} value={values.question} onChange={(event) => onChange({ question: event.target.value })} data-testid="qa-question" />}
        </Field>
        <Field label={t('library.qa.questionEn')} error={error('questionEn')}>
          {(control) => <textarea {...control} className="textarea" rows={3} lang="en" value={values.questionEn} onChange={(event) => onChange({ questionEn: event.target.value })} />}
        </Field>
      </div>
      <div className="form__row">
        <RadioField label={t('library.filter.kind')} options={['question', 'rebuttal'] as const} value={values.kind} optionLabel={(kind) => t(`library.qaKind.${kind}`)} onChange={(kind) => onChange({ kind })} />
        <RadioField
          label={t('library.filter.sensitivity')}
          options={['routine', 'sensitive'] as const}
          value={values.sensitivity}
          optionLabel={(sensitivity) => t(`library.sensitivity.${sensitivity}`)}
          onChange={(sensitivity) => onChange({ sensitivity })}
        />
      </div>
      <div className="bilingual bilingual--editors">
        <div className="field">
          <span className="field__label">{t('library.qa.answer')}</span>
          <RichTextEditor value={values.answer} onChange={(answer) => onChange({ answer })} label={t('library.qa.answer')} resolve={resolve} insertMenu={insertMenu} size="compact" testId="qa-answer" />
        </div>
        <div className="field">
          <span className="field__label">{t('library.qa.answerEn')}</span>
          <RichTextEditor value={values.answerEn} onChange={(answerEn) => onChange({ answerEn })} label={t('library.qa.answerEn')} lang="en" resolve={resolve} insertMenu={insertMenu} size="compact" testId="qa-answer-en" />
        </div>
      </div>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('library.qa.bridgingLines')}</legend>
        <p className="field__hint bridging__hint">{t('library.qa.bridgingHint')}</p>
        <ol className="bridging">
          {values.bridgingLines.map((line, index) => (
            <li key={index} className="bridging__line">
              <input className="input" value={line} aria-label={t('library.qa.bridgingLine', { number: index + 1 })} onChange={(event) => setLine(index, event.target.value)} />
              <button
                type="button"
                className="icon-button icon-button--small"
                onClick={() => onChange({ bridgingLines: values.bridgingLines.filter((_, i) => i !== index) })}
                aria-label={t('library.qa.removeBridging', { number: index + 1 })}
                title={t('library.qa.removeBridging', { number: index + 1 })}
              >
                <Icon name="trash" size={16} />
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="button" onClick={() => onChange({ bridgingLines: [...values.bridgingLines, ''] })}>
          <Icon name="plus" size={16} />
          <span>{t('library.qa.addBridging')}</span>
        </button>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('library.qa.links')}</legend>
        <div className="form__row">
          <Field label={t('library.qa.linkedPoints')} error={error('talkingPointIds.0')}>
            {(control) => <TalkingPointLinks id={control.id} talkingPoints={talkingPoints} value={values.talkingPointIds} onChange={(talkingPointIds) => onChange({ talkingPointIds })} />}
          </Field>
          <Field label={t('library.qa.linkedDirectives')} error={error('directiveIds.0')}>
            {(control) => <DirectiveLinks id={control.id} directives={directives} value={values.directiveIds} onChange={(directiveIds) => onChange({ directiveIds })} />}
          </Field>
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('library.tp.classification')}</legend>
        <div className="form__row">
          <Field label={t('library.qa.outlet')} hint={t('library.qa.outletHint')} error={error('outlet')}>
            {(control) => <input {...control} className="input" value={values.outlet} onChange={(event) => onChange({ outlet: event.target.value })} />}
          </Field>
          <AudienceField value={values.audience} onChange={(audience) => onChange({ audience })} />
        </div>
        <TopicAndReviewFields values={values} onChange={onChange} errors={errors} topics={topics} />
      </fieldset>
    </>
  );
}
