// The links of a Q&A item: talking points and directives it rests on, each added by searching (diacritics-insensitive) and shown as removable chips.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directive } from '../../../shared/model/directive';
import type { TalkingPoint } from '../../../shared/model/talking-point';
import { foldVietnamese } from '../../../shared/text/normalize';
import { shortCitation } from '../editor/libraryResolver';
import { SearchPicker } from '../library/SearchPicker';
import { DirectiveSearch } from '../talking-points/DirectivePicker';
import { Icon } from '../ui/Icon';

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
  const index = useMemo(() => talkingPoints.map((point) => ({ point, folded: foldVietnamese(`${point.title}\n${point.topic}\n${point.tags.join(' ')}`) })), [talkingPoints]);
  const byId = useMemo(() => new Map(talkingPoints.map((p) => [p.id, p])), [talkingPoints]);
  const search = useCallback(
    (query: string) => {
      const tokens = foldVietnamese(query).split(/\s+/u).filter(Boolean);
      if (tokens.length === 0) return [];
      return index.filter((entry) => !value.includes(entry.point.id) && tokens.every((token) => entry.folded.includes(token))).slice(0, MAX_MATCHES);
    },
    [index, value],
  );

  const chips = value.map((pointId) => {
    const point = byId.get(pointId);
    return { id: pointId, label: point ? point.title : t('editor.itemMissing', { id: pointId }), missing: !point };
  });
  return (
    <div className="links">
      <Chips chips={chips} onRemove={(removed) => onChange(value.filter((v) => v !== removed))} removeLabel={(label) => t('library.qa.unlink', { name: label })} />
      <SearchPicker
        id={id}
        search={search}
        keyOf={({ point }) => point.id}
        label={({ point }) => point.title}
        detail={({ point }) => point.topic}
        onPick={({ point }) => onChange([...value, point.id])}
        placeholder={t('library.qa.pointPlaceholder')}
        noMatch={t('library.qa.noPointMatch')}
      />
    </div>
  );
}
