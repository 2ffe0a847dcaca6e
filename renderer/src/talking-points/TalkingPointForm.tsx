// The fields of the talking point editor: title, message in Vietnamese and English side by side, proof points, audience, topic, role, tags, review date, notes.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { audienceSchema } from '../../../shared/model/common';
import type { Directive } from '../../../shared/model/directive';
import { houseRoleSchema } from '../../../shared/model/talking-point';
import { RichTextEditor, type InsertMenuItem } from '../editor/RichTextEditor';
import type { ReferenceResolver } from '../editor/resolver';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';
import { messageOf, type FieldMessages } from './formCommon';
import type { TalkingPointFormValues } from './formModel';
import { ProofPointsEditor } from './ProofPointsEditor';

interface TalkingPointFormProps {
  values: TalkingPointFormValues;
  onChange(changes: Partial<TalkingPointFormValues>): void;
  errors: FieldMessages;
  directives: readonly Directive[];
  topics: readonly string[];
  resolve: ReferenceResolver;
  insertMenu: readonly InsertMenuItem[];
}

export function TalkingPointForm({ values, onChange, errors, directives, topics, resolve, insertMenu }: TalkingPointFormProps) {
  const { t } = useTranslation();
  const topicListId = useId();
  const messageErrorId = useId();
  const error = (field: string) => messageOf(t, errors[field]);
  return (
    <>
      <Field label={t('library.tp.title')} error={error('title')} hint={t('library.tp.titleHint')}>
        {(control) => <input {...control} className="input input--title" value={values.title} onChange={(event) => onChange({ title: event.target.value })} data-testid="tp-title" />}
      </Field>
      <div className="bilingual bilingual--editors">
        <div className="field">
          <span className="field__label" id={`${messageErrorId}-vi`}>
            {t('library.tp.message')}
          </span>
          <RichTextEditor
            value={values.message}
            onChange={(message) => onChange({ message })}
            label={t('library.tp.message')}
            invalid={errors['message'] !== undefined}
            describedBy={errors['message'] ? messageErrorId : undefined}
            resolve={resolve}
            insertMenu={insertMenu}
            size="compact"
            testId="tp-message"
          />
          {errors['message'] ? (
            <p className="field__error" id={messageErrorId}>
              {error('message')}
            </p>
          ) : null}
        </div>
        <div className="field">
          <span className="field__label">{t('library.tp.messageEn')}</span>
          <RichTextEditor
            value={values.messageEn}
            onChange={(messageEn) => onChange({ messageEn })}
            label={t('library.tp.messageEn')}
            lang="en"
            resolve={resolve}
            insertMenu={insertMenu}
            size="compact"
            testId="tp-message-en"
          />
        </div>
      </div>
      <ProofPointsEditor points={values.proofPoints} onChange={(proofPoints) => onChange({ proofPoints })} directives={directives} errors={errors} />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('library.tp.classification')}</legend>
        <div className="form__row">
          <Field label={t('library.tp.audience')}>
            {(control) => (
              <select {...control} className="select" value={values.audience} onChange={(event) => onChange({ audience: audienceSchema.parse(event.target.value) })}>
                {audienceSchema.options.map((audience) => (
                  <option key={audience} value={audience}>
                    {t(`library.audience.${audience}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('library.tp.houseRole')} hint={t('library.tp.houseRoleHint')}>
            {(control) => (
              <select {...control} className="select" value={values.houseRole} onChange={(event) => onChange({ houseRole: houseRoleSchema.parse(event.target.value) })}>
                {houseRoleSchema.options.map((role) => (
                  <option key={role} value={role}>
                    {t(`library.houseRole.${role}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="form__row">
          <Field label={t('library.tp.topic')} hint={t('library.tp.topicHint')} error={error('topic')}>
            {(control) => <input {...control} className="input" list={topicListId} value={values.topic} onChange={(event) => onChange({ topic: event.target.value })} />}
          </Field>
          <Field label={t('library.tp.tags')} hint={t('library.tp.tagsHint')} error={error('tags')}>
            {(control) => <input {...control} className="input" value={values.tags} onChange={(event) => onChange({ tags: event.target.value })} />}
          </Field>
        </div>
        <datalist id={topicListId}>
          {topics.map((topic) => (
            <option key={topic} value={topic} />
          ))}
        </datalist>
        <Field label={t('library.tp.reviewBy')} hint={t('library.tp.reviewByHint')} error={error('reviewBy')}>
          {(control) => <DateInput {...control} value={values.reviewBy} onChange={(reviewBy) => onChange({ reviewBy })} />}
        </Field>
        <Field label={t('library.tp.notes')} error={error('notes')}>
          {(control) => <textarea {...control} className="textarea" rows={3} value={values.notes} onChange={(event) => onChange({ notes: event.target.value })} />}
        </Field>
      </fieldset>
    </>
  );
}
