// Chooses the directive that supersedes this one: a search box narrowing a list of the library's directives.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rankable, rankDirectives } from '../../../shared/directives/ranking';
import type { Directive } from '../../../shared/model/directive';
import { formatDate } from '../i18n/format';
import { Field } from '../ui/Field';
import type { DirectiveLabels } from './labels';
import { indexDirectives } from './query';

const MAX_OPTIONS = 100;
/** The matches show as an open list, so narrowing the search shows them at once. */
const LIST_ROWS = 6;

interface SupersededPickerProps {
  value: string;
  onChange: (id: string) => void;
  directives: readonly Directive[];
  /** The directive being edited (it cannot supersede itself). */
  selfId: string | null;
  labels: DirectiveLabels;
  error: string | undefined;
}

export function SupersededPicker({ value, onChange, directives, selfId, labels, error }: SupersededPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const index = useMemo(() => indexDirectives(directives.filter((d) => d.id !== selfId)).map((entry) => ({ ...entry, search: rankable(entry.directive, [entry.folded]) })), [directives, selfId]);
  // Ranked like every directive picker: the exact symbol first, then symbol prefixes, numbers, words.
  const matches = search.trim() === '' ? index : rankDirectives(index, search, (entry) => entry.search);
  const options = matches.slice(0, MAX_OPTIONS).map(({ directive }) => directive);
  const selected = directives.find((d) => d.id === value);
  if (selected && !options.includes(selected)) options.unshift(selected);
  const describe = (d: Directive) =>
    [labels.nameOf(d), formatDate(d.issueDate, labels.language), d.symbol ? d.title : ''].filter(Boolean).join(' · ');

  return (
    <div className="picker">
      <Field label={t('directiveForm.supersededSearch')} hint={t('directiveForm.supersededMatches', { count: matches.length })}>
        {(control) => (
          <input {...control} type="search" className="input" value={search} onChange={(event) => setSearch(event.target.value)} autoComplete="off" />
        )}
      </Field>
      <Field label={t('directiveForm.supersededBy')} error={error}>
        {(control) => (
          <select {...control} className="select select--list" size={LIST_ROWS} value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="">{t('directiveForm.supersededNone')}</option>
            {options.map((d) => (
              <option key={d.id} value={d.id}>
                {describe(d)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
