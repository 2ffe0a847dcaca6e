// The table of "Dán trích dẫn": one row per document found, its checkbox, what saving would do, and under it the changes, warnings and notes.
import { useEffect, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FieldChange } from '../../../shared/directives/identity';
import type { Directive } from '../../../shared/model/directive';
import { formatDate } from '../i18n/format';
import type { DirectiveLabels } from '../directives/labels';
import { Icon } from '../ui/Icon';
import { isSelectable, type PasteRow } from './pasteModel';
import { citedName } from './names';
import { warningMessage } from './warnings';

interface PasteRowsProps {
  rows: readonly PasteRow[];
  isChecked: (row: PasteRow) => boolean;
  onToggle: (row: PasteRow, checked: boolean) => void;
  onToggleAll: (checked: boolean) => void;
  /** Per row key: why saving it failed. */
  failures: ReadonlyMap<string, string>;
  library: ReadonlyMap<string, Directive>;
  labels: DirectiveLabels;
}

export function PasteRows({ rows, isChecked, onToggle, onToggleAll, failures, library, labels }: PasteRowsProps) {
  const { t } = useTranslation();
  const selectable = rows.filter(isSelectable);
  const checkedCount = selectable.filter(isChecked).length;
  const allRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = checkedCount > 0 && checkedCount !== selectable.length;
  }, [checkedCount, selectable.length]);

  return (
    <table className="table paste-table" aria-label={t('pasteCitations.tableLabel')}>
      <thead>
        <tr>
          <th className="paste-table__check">
            <input
              ref={allRef}
              type="checkbox"
              aria-label={t('pasteCitations.selectAll')}
              checked={selectable.length > 0 && checkedCount === selectable.length}
              disabled={selectable.length === 0}
              onChange={(event) => onToggleAll(event.target.checked)}
            />
          </th>
          <th>{t('pasteCitations.columns.type')}</th>
          <th>{t('pasteCitations.columns.symbol')}</th>
          <th>{t('pasteCitations.columns.date')}</th>
          <th>{t('pasteCitations.columns.issuer')}</th>
          <th>{t('pasteCitations.columns.title')}</th>
          <th>{t('pasteCitations.columns.action')}</th>
        </tr>
      </thead>
      {rows.map((row) => (
        <RowGroup key={row.key} row={row} checked={isChecked(row)} onToggle={onToggle} failure={failures.get(row.key) ?? null} library={library} labels={labels} />
      ))}
    </table>
  );
}

interface RowGroupProps {
  row: PasteRow;
  checked: boolean;
  onToggle: (row: PasteRow, checked: boolean) => void;
  failure: string | null;
  library: ReadonlyMap<string, Directive>;
  labels: DirectiveLabels;
}

function RowGroup({ row, checked, onToggle, failure, library, labels }: RowGroupProps) {
  const { t } = useTranslation();
  const f = row.fields;
  const name = citedName(f);
  const notes = rowNotes(t, row, failure, checked);
  return (
    <tbody className={`paste-row paste-row--${row.action}${failure ? ' paste-row--failed' : ''}`} data-row-key={row.key}>
      <tr>
        <td className="paste-table__check">
          <input
            type="checkbox"
            aria-label={t('pasteCitations.select', { name })}
            checked={checked}
            disabled={!isSelectable(row)}
            onChange={(event) => onToggle(row, event.target.checked)}
          />
        </td>
        <td className="paste-table__type">{labels.typeLabel(f.type)}</td>
        <td className="paste-table__symbol">{f.symbol}</td>
        <td className="paste-table__date">{formatDate(f.issueDate, labels.language)}</td>
        <td>{f.issuer}</td>
        <td className="paste-table__title">{f.title || (f.titleEn ? <span lang="en">{f.titleEn}</span> : null)}</td>
        <td>
          <span className={`action-badge action-badge--${row.action}`}>{t(`pasteCitations.action.${row.action}`)}</span>
        </td>
      </tr>
      {notes.length > 0 || row.warnings.length > 0 || row.changes.length > 0 ? (
        <tr className="paste-row__notes">
          <td />
          <td colSpan={6}>
            {row.action === 'update' && row.target ? <ChangeList target={row.target} changes={row.changes} labels={labels} /> : null}
            {row.warnings.length > 0 ? (
              <ul className="paste-warnings">
                {row.warnings.map((warning) => (
                  <li key={JSON.stringify(warning)}>
                    <Icon name="warning" size={15} />
                    <span>{warningMessage(t, warning, library, labels.language)}</span>
                  </li>
                ))}
              </ul>
            ) : null}
            {notes.map((note) => (
              <p key={note.text} className={`paste-note${note.error ? ' paste-note--error' : ''}`}>
                {note.text}
              </p>
            ))}
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}

function ChangeList({ target, changes, labels }: { target: Directive; changes: readonly FieldChange[]; labels: DirectiveLabels }) {
  const { t } = useTranslation();
  const shown = (field: FieldChange['field'], value: string | null) => {
    if (value === null || value === '') return t('pasteCitations.emptyValue');
    return field === 'issueDate' ? formatDate(value, labels.language) : value;
  };
  return (
    <div className="paste-changes">
      <p>{t('pasteCitations.changes', { name: citedName(target) })}</p>
      <ul>
        {changes.map((change) => (
          <li key={change.field}>
            {t('pasteCitations.change', { field: t(`pasteCitations.field.${change.field}`), from: shown(change.field, change.from), to: shown(change.field, change.to) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The sentences under a row: saving failed, cannot be saved, already there, not preselected, nested or repeated mention. */
function rowNotes(t: TFunction, row: PasteRow, failure: string | null, checked: boolean): Array<{ text: string; error: boolean }> {
  const notes: Array<{ text: string; error: boolean }> = [];
  if (failure) notes.push({ text: t('pasteCitations.rowFailed', { message: failure }), error: true });
  if (row.invalidKey) notes.push({ text: t('pasteCitations.invalidNote', { message: t(row.invalidKey) }), error: true });
  if (row.action === 'unchanged' && row.target) notes.push({ text: t('pasteCitations.unchangedNote', { name: citedName(row.target) }), error: false });
  if (row.needsReview && isSelectable(row) && !checked) notes.push({ text: t('pasteCitations.reviewNote'), error: false });
  if (row.nested) notes.push({ text: t('pasteCitations.nested'), error: false });
  if (row.occurrences > 1) notes.push({ text: t('pasteCitations.repeated', { count: row.occurrences }), error: false });
  return notes;
}
