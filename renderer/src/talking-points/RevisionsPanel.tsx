// The revisions of a talking point or Q&A item (approved ones kept, the current one) and a word-by-word comparison of any two.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDiff } from '../../../shared/library/revisions';
import { call } from '../api/client';
import { errorMessage } from '../api/errors';
import { currentLanguage } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { Dialog } from '../ui/Dialog';
import type { LibraryItem } from './libraryQuery';

interface RevisionsPanelProps {
  kind: 'talkingPoints' | 'qa';
  item: LibraryItem;
}

export function RevisionsPanel({ kind, item }: RevisionsPanelProps) {
  const { t } = useTranslation();
  const [comparing, setComparing] = useState(false);
  const language = currentLanguage();
  const frozen: ReadonlyArray<{ revision: number; approvedBy: string | null; approvedAt: string | null; savedAt: string }> = item.revisions;
  return (
    <section className="side-panel" aria-labelledby="revisions-title" data-testid="revisions-panel">
      <h2 id="revisions-title" className="side-panel__title">
        {t('library.revisions.title')}
      </h2>
      <ol className="side-panel__list revisions" reversed>
        <li>
          <strong>{t('library.revisions.current', { revision: item.revision })}</strong>{' '}
          <span className={`badge badge--${item.approval.status === 'approved' ? 'approved' : 'draft'}`}>{t(`library.status.${item.approval.status}`)}</span>
        </li>
        {[...frozen].reverse().map((revision) => (
          <li key={revision.revision}>
            <strong>{t('editor.revision', { revision: revision.revision })}</strong>{' '}
            <span className="muted">
              {revision.approvedBy && revision.approvedAt
                ? t('library.revisions.approvedBy', { name: revision.approvedBy, at: formatDateTime(revision.approvedAt, language) })
                : t('library.revisions.notApproved')}
            </span>
          </li>
        ))}
      </ol>
      <button type="button" className="button" disabled={frozen.length === 0} onClick={() => setComparing(true)} data-testid="compare-revisions">
        {t('library.revisions.compare')}
      </button>
      {comparing ? <CompareDialog kind={kind} item={item} onClose={() => setComparing(false)} /> : null}
    </section>
  );
}

function CompareDialog({ kind, item, onClose }: RevisionsPanelProps & { onClose(): void }) {
  const { t } = useTranslation();
  const numbers = [...item.revisions.map((r) => r.revision), item.revision];
  const [from, setFrom] = useState(numbers.at(-2) ?? item.revision);
  const [to, setTo] = useState(item.revision);
  const [result, setResult] = useState<{ key: string; diffs: FieldDiff[] } | { key: string; error: unknown } | null>(null);
  const key = `${String(from)}-${String(to)}`;

  useEffect(() => {
    let current = true;
    const input = { id: item.id, from, to };
    const request = kind === 'qa' ? call('qa', 'compareRevisions', input) : call('talkingPoints', 'compareRevisions', input);
    request.then(
      (diffs) => current && setResult({ key, diffs }),
      (error: unknown) => current && setResult({ key, error }),
    );
    return () => {
      current = false;
    };
  }, [kind, item.id, from, to, key]);

  const shown = result?.key === key ? result : null;
  const select = (label: string, value: number, onChange: (n: number) => void) => (
    <label className="compare__pick">
      <span className="toolbar__label">{label}</span>
      <select className="select" value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {numbers.map((n) => (
          <option key={n} value={n}>
            {t('editor.revision', { revision: n })}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <Dialog title={t('library.revisions.compareTitle')} onRequestClose={onClose} closeLabel={t('common.close')} variant="side">
      <div className="compare__picks">
        {select(t('library.revisions.from'), from, setFrom)}
        {select(t('library.revisions.to'), to, setTo)}
      </div>
      {shown === null ? <p className="muted">{t('common.loading')}</p> : null}
      {shown && 'error' in shown ? <p className="field__error">{errorMessage(t, shown.error)}</p> : null}
      {shown && 'diffs' in shown ? <DiffList diffs={shown.diffs} /> : null}
    </Dialog>
  );
}

function DiffList({ diffs }: { diffs: readonly FieldDiff[] }) {
  const { t } = useTranslation();
  const changed = diffs.filter((d) => d.changed);
  const unchanged = diffs.filter((d) => !d.changed && d.parts.some((p) => p.text.trim() !== ''));
  return (
    <div className="compare" data-testid="revision-diff">
      {changed.length === 0 ? <p className="muted">{t('library.revisions.noChanges')}</p> : null}
      {changed.map((diff) => (
        <section key={diff.field} className="compare__field">
          <h3 className="compare__label">{t(`library.revisions.fields.${diff.field}`)}</h3>
          <p className="compare__text">
            {diff.parts.map((part, index) =>
              part.op === 'insert' ? (
                <ins key={index}>{part.text}</ins>
              ) : part.op === 'delete' ? (
                <del key={index}>{part.text}</del>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </p>
        </section>
      ))}
      {unchanged.length > 0 ? <p className="muted">{t('library.revisions.unchanged', { fields: unchanged.map((d) => t(`library.revisions.fields.${d.field}`)).join(', ') })}</p> : null}
    </div>
  );
}
