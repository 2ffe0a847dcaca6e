// The fields of the talking point editor: title, message in Vietnamese and English side by side, proof points, audience, topic, role, tags, review date, notes.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { houseRoleSchema } from '../../../shared/model/talking-point';
import { RichTextEditor } from '../editor/RichTextEditor';
import { AudienceField, TopicAndReviewFields } from '../library/ClassificationFields';
import type { LibraryFormProps } from '../library/LibraryItemEditor';
import { Field } from '../ui/Field';
import { messageOf } from './formCommon';
import type { TalkingPointFormValues } from './formModel';
import { ProofPointsEditor } from './ProofPointsEditor';

type TalkingPointFormProps = LibraryFormProps<TalkingPointFormValues>;

export function TalkingPointForm({ values, onChange, errors, directives, topics, resolve, insertMenu }: TalkingPointFormProps) {
  const { t } = useTranslation();
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
          <AudienceField value={values.audience} onChange={(audience) => onChange({ audience })} />
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
        <TopicAndReviewFields values={values} onChange={onChange} errors={errors} topics={topics} />
      </fieldset>
    </>
  );
}
