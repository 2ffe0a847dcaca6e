// Search-as-you-type directive picker (ARIA combobox): diacritics-insensitive, by symbol (exact symbol first), type, issuer or subject; shows the chosen directive.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directive } from '../../../shared/model/directive';
import { rankable, rankDirectives, type Rankable } from '../../../shared/directives/ranking';
import { shortCitation } from '../editor/libraryResolver';
import { SearchPicker } from '../library/SearchPicker';
import type { ControlProps } from '../ui/Field';

const MAX_MATCHES = 8;

interface IndexedDirective {
  directive: Directive;
  label: string;
  search: Rankable;
}

/** Directives whose symbol, type, issuer, subject or tags start a word with every typed word, the exact symbol first. */
export function matchDirectives(index: readonly IndexedDirective[], query: string, exclude: ReadonlySet<string> = new Set()): IndexedDirective[] {
  const offered = exclude.size === 0 ? index : index.filter((entry) => !exclude.has(entry.directive.id));
  return rankDirectives(offered, query, (entry) => entry.search, MAX_MATCHES);
}

export function useDirectiveIndex(directives: readonly Directive[]): IndexedDirective[] {
  return useMemo(
    () =>
      directives.map((directive) => {
        const label = shortCitation(directive);
        return { directive, label, search: rankable(directive, [label, directive.symbol, directive.type, directive.issuer, directive.title, directive.titleEn, directive.tags.join(' ')]) };
      }),
    [directives],
  );
}

interface DirectiveSearchProps extends Partial<ControlProps> {
  directives: readonly Directive[];
  onPick(directive: Directive): void;
  placeholder: string;
  /** Ids not offered (already linked). */
  exclude?: ReadonlySet<string>;
  testId?: string;
}

/** The search box with its list of matches; picking one calls onPick and clears the box. */
export function DirectiveSearch({ directives, onPick, placeholder, exclude, testId, ...control }: DirectiveSearchProps) {
  const { t } = useTranslation();
  const index = useDirectiveIndex(directives);
  const search = useCallback((query: string) => matchDirectives(index, query, exclude), [index, exclude]);
  return (
    <SearchPicker<IndexedDirective>
      {...control}
      search={search}
      keyOf={(entry) => entry.directive.id}
      label={(entry) => entry.label}
      detail={(entry) => entry.directive.title}
      onPick={(entry) => onPick(entry.directive)}
      placeholder={placeholder}
      noMatch={t('library.picker.noMatch')}
      testId={testId}
      spellCheck={false}
      passEmptyEnter
    />
  );
}

interface DirectivePickerProps extends ControlProps {
  directives: readonly Directive[];
  value: string;
  onChange(directiveId: string): void;
  testId?: string;
}

/** One directive: the chosen one with "Đổi", or the search box. */
export function DirectivePicker({ directives, value, onChange, testId, ...control }: DirectivePickerProps) {
  const { t } = useTranslation();
  const chosen = value ? directives.find((d) => d.id === value) : undefined;
  if (value) {
    return (
      <div className={`picker-chosen${chosen ? '' : ' picker-chosen--missing'}`} data-testid={testId ? `${testId}-chosen` : undefined}>
        <span className="picker-chosen__text" id={control.id} title={chosen?.title}>
          <strong>{chosen ? shortCitation(chosen) : t('library.picker.missing')}</strong>
          {chosen && chosen.status !== 'in_force' ? <span className={`pill pill--${chosen.status}`}>{t(`editor.citationStatus.${chosen.status}`)}</span> : null}
          {chosen?.title ? <span className="picker-chosen__detail">{chosen.title}</span> : null}
        </span>
        <button type="button" className="button button--small button--quiet" onClick={() => onChange('')}>
          {t('library.picker.change')}
        </button>
      </div>
    );
  }
  return <DirectiveSearch {...control} directives={directives} onPick={(d) => onChange(d.id)} placeholder={t('library.picker.placeholder')} testId={testId} />;
}
