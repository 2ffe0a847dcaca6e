// The links of a Q&A item: talking points and directives it rests on, each added by searching (diacritics-insensitive) and shown as removable chips.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directive } from '../../../shared/model/directive';
import type { TalkingPoint } from '../../../shared/model/talking-point';
import { foldVietnamese } from '../../../shared/text/normalize';
import { shortCitation } from '../editor/libraryResolver';
import { Icon } from '../ui/Icon';
import { DirectiveSearch } from '../talking-points/DirectivePicker';

const MAX_MATCHES = 8;

interface Chip {
  id: string;
  label: string;
  missing: boolean;
}

function Chips({ chips, onRemove, removeLabel }: { chips: readonly Chip[]; onRemove(id: string): void; removeLabel(label: string): string }) {
  if (chips.length === 0) return null;
  return (
    <ul className="link-chips">
      {chips.map((chip) => (
        <li key={chip.id} className={`link-chip${chip.missing ? ' link-chip--missing' : ''}`}>
          <span className="link-chip__label" title={chip.label}>
            {chip.label}
          </span>
          <button type="button" className="icon-button icon-button--small" onClick={() => onRemove(chip.id)} aria-label={removeLabel(chip.label)} title={removeLabel(chip.label)}>
            <Icon name="close" size={14} />
          </button>
        </li>
      ))}
    </ul>
  );
}

interface DirectiveLinksProps {
  id: string;
  directives: readonly Directive[];
  value: readonly string[];
  onChange(ids: string[]): void;
}

export function DirectiveLinks({ id, directives, value, onChange }: DirectiveLinksProps) {
  const { t } = useTranslation();
  const byId = useMemo(() => new Map(directives.map((d) => [d.id, d])), [directives]);
  const linked = useMemo(() => new Set(value), [value]);
  const chips = value.map((directiveId) => {
    const directive = byId.get(directiveId);
    return { id: directiveId, label: directive ? shortCitation(directive) : t('library.picker.missing'), missing: !directive };
  });
  return (
    <div className="links">
      <Chips chips={chips} onRemove={(removed) => onChange(value.filter((v) => v !== removed))} removeLabel={(label) => t('library.qa.unlink', { name: label })} />
      <DirectiveSearch id={id} directives={directives} exclude={linked} onPick={(d) => onChange([...value, d.id])} placeholder={t('library.picker.placeholder')} testId="qa-directive-search" />
    </div>
  );
}

interface TalkingPointLinksProps {
  id: string;
  talkingPoints: readonly TalkingPoint[];
  value: readonly string[];
  onChange(ids: string[]): void;
}

export function TalkingPointLinks({ id, talkingPoints, value, onChange }: TalkingPointLinksProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const index = useMemo(() => talkingPoints.map((point) => ({ point, folded: foldVietnamese(`${point.title}\n${point.topic}\n${point.tags.join(' ')}`) })), [talkingPoints]);
  const byId = useMemo(() => new Map(talkingPoints.map((p) => [p.id, p])), [talkingPoints]);
  const matches = useMemo(() => {
    const tokens = foldVietnamese(query).split(/\s+/u).filter(Boolean);
    if (tokens.length === 0) return [];
    return index.filter((entry) => !value.includes(entry.point.id) && tokens.every((token) => entry.folded.includes(token))).slice(0, MAX_MATCHES);
  }, [index, query, value]);
  const shown = open && query.trim() !== '';
  const current = Math.min(active, Math.max(0, matches.length - 1));

  const pick = (point: TalkingPoint | undefined) => {
    if (!point) return;
    onChange([...value, point.id]);
    setQuery('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive(Math.min(current + 1, matches.length - 1));
    else if (event.key === 'ArrowUp') setActive(Math.max(current - 1, 0));
    else if (event.key === 'Enter' && shown) pick(matches[current]?.point);
    else if (event.key === 'Escape' && shown) setOpen(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const chips = value.map((pointId) => {
    const point = byId.get(pointId);
    return { id: pointId, label: point ? point.title : t('editor.itemMissing', { id: pointId }), missing: !point };
  });
  return (
    <div className="links">
      <Chips chips={chips} onRemove={(removed) => onChange(value.filter((v) => v !== removed))} removeLabel={(label) => t('library.qa.unlink', { name: label })} />
      <div className="picker">
        <input
          id={id}
          type="search"
          className="input"
          role="combobox"
          aria-expanded={shown}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown && matches.length > 0 ? `${listId}-${String(current)}` : undefined}
          placeholder={t('library.qa.pointPlaceholder')}
          value={query}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" className="picker__list" hidden={!shown} aria-label={t('library.qa.pointPlaceholder')}>
          {matches.length === 0 ? (
            <li className="picker__empty" role="presentation">
              {t('library.qa.noPointMatch')}
            </li>
          ) : (
            matches.map(({ point }, i) => (
              <li
                key={point.id}
                id={`${listId}-${String(i)}`}
                role="option"
                aria-selected={i === current}
                className={`picker__option${i === current ? ' picker__option--active' : ''}`}
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(point);
                }}
              >
                <span className="picker__label">{point.title}</span>
                <span className="picker__detail">{point.topic}</span>
              </li>
            ))
          )}
        </ul>
      </div>
    </div>
  );
}
