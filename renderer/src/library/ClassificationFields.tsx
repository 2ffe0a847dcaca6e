// The classification fields a talking point and a Q&A item share: audience, topic (offered from the library's topics), tags, review date and notes.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { audienceSchema, type Audience } from '../../../shared/model/common';
import { messageOf, type FieldMessages } from '../talking-points/formCommon';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';

export function AudienceField({ value, onChange }: { value: Audience; onChange(audience: Audience): void }) {
  const { t } = useTranslation();
  return (
    <Field label={t('library.tp.audience')}>
      {(control) => (
        <select {...control} className="select" value={value} onChange={(event) => onChange(audienceSchema.parse(event.target.value))}>
          {audienceSchema.options.map((audience) => (
            <option key={audience} value={audience}>
              {t(`library.audience.${audience}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface TopicValues {
  topic: string;
  tags: string;
  reviewBy: string;
  notes: string;
}

interface TopicAndReviewFieldsProps {
  values: TopicValues;
  onChange(changes: Partial<TopicValues>): void;
  errors: FieldMessages;
  topics: readonly string[];
}

export function TopicAndReviewFields({ values, onChange, errors, topics }: TopicAndReviewFieldsProps) {
  const { t } = useTranslation();
  const topicListId = useId();
  const error = (field: string) => messageOf(t, errors[field]);
  return (
    <>
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
    </>
  );
}
