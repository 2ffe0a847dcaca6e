// Key excerpts of a directive: a list of (article/clause reference, quoted text) pairs that can be added and removed.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../api/fieldErrors';
import { Field } from '../ui/Field';
import { Icon } from '../ui/Icon';
import { newExcerpt, type ExcerptDraft } from './formModel';

interface ExcerptsEditorProps {
  excerpts: ExcerptDraft[];
  onChange: (excerpts: ExcerptDraft[]) => void;
  errors: FieldErrors;
}

export function ExcerptsEditor({ excerpts, onChange, errors }: ExcerptsEditorProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);

  const update = (index: number, changes: Partial<ExcerptDraft>) =>
    onChange(excerpts.map((excerpt, i) => (i === index ? { ...excerpt, ...changes } : excerpt)));

  const add = () => {
    onChange([...excerpts, newExcerpt()]);
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus());
  };

  const remove = (index: number) => {
    onChange(excerpts.filter((_, i) => i !== index));
    requestAnimationFrame(() => {
      const items = listRef.current?.querySelectorAll<HTMLInputElement>('li input');
      const next = items?.[Math.min(index, (items.length || 1) - 1)];
      (next ?? document.getElementById('add-excerpt'))?.focus();
    });
  };

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('directiveForm.excerpts')}</legend>
      {excerpts.length === 0 ? <p className="muted">{t('directiveForm.excerptsEmpty')}</p> : null}
      <ol className="excerpts" ref={listRef}>
        {excerpts.map((excerpt, index) => {
          const n = index + 1;
          const textError = errors[`excerpts.${String(index)}.text`];
          const referenceError = errors[`excerpts.${String(index)}.reference`];
          return (
            <li key={excerpt.id} className="excerpt">
              <fieldset className="excerpt__fields">
                <legend className="excerpt__legend">{t('directiveForm.excerptLegend', { n })}</legend>
                <Field label={t('directiveForm.excerptReference')} hint={t('directiveForm.excerptReferenceHint')} error={referenceError ? t(referenceError) : undefined}>
                  {(control) => (
                    <input {...control} className="input" value={excerpt.reference} onChange={(event) => update(index, { reference: event.target.value })} />
                  )}
                </Field>
                <Field label={t('directiveForm.excerptText')} error={textError ? t(textError) : undefined}>
                  {(control) => (
                    <textarea {...control} className="textarea" rows={3} value={excerpt.text} onChange={(event) => update(index, { text: event.target.value })} />
                  )}
                </Field>
              </fieldset>
              <button type="button" className="button button--quiet button--danger-text" onClick={() => remove(index)}>
                <Icon name="trash" size={16} />
                <span>{t('directiveForm.removeExcerpt', { n })}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" id="add-excerpt" className="button" onClick={add}>
        <Icon name="plus" size={16} />
        <span>{t('directiveForm.addExcerpt')}</span>
      </button>
    </fieldset>
  );
}
