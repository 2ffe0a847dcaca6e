// Import preview: what the file would add, update, skip or keep, a choice for every conflict, then "Import".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportPreviewItem, ImportResult } from '../../../shared/ipc/features/exchange';
import { call } from '../api/client';
import { currentLanguage } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { Dialog } from '../ui/Dialog';
import { exchangeErrorMessage } from './exchangeErrors';
import { FormAlert } from '../ui/FormAlert';

type Resolution = 'mine' | 'theirs' | 'both';
type Status = ImportPreviewItem['status'];

/** Conflicts first (they need a choice), then what changes, then what is left as it is. */
const STATUS_ORDER: readonly Status[] = ['conflict', 'new', 'update', 'older', 'same'];
const RESOLUTIONS: readonly Resolution[] = ['mine', 'theirs', 'both'];
/** Groups that change nothing are folded away so a large library file stays readable. */
const FOLDED: ReadonlySet<Status> = new Set(['same', 'older']);

interface ImportPreviewDialogProps {
  preview: ImportPreview;
  onClose(): void;
  onImported(result: ImportResult): void;
}

export function ImportPreviewDialog({ preview, onClose, onImported }: ImportPreviewDialogProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [resolutions, setResolutions] = useState<Record<string, Resolution>>({});
  const [applying, setApplying] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const conflicts = preview.items.filter((item) => item.status === 'conflict');
  const unresolved = conflicts.filter((item) => resolutions[item.id] === undefined).length;
  const writes = preview.items.some((item) => item.status === 'new' || item.status === 'update' || item.status === 'conflict');

  const apply = async () => {
    setApplying(true);
    setFailure(null);
    try {
      onImported(await call('exchange', 'applyImport', { token: preview.token, resolutions }));
    } catch (error) {
      setFailure(exchangeErrorMessage(t, error));
    } finally {
      setApplying(false);
    }
  };

  const when = (iso: string) => formatDateTime(iso, language);
  const itemRow = (item: ImportPreviewItem) => (
    <li key={`${item.kind}:${item.id}`} className="exchange-item" data-status={item.status}>
      <span className="exchange-item__kind">{t(`exchange.kinds.${item.kind}`)}</span>
      <span className="exchange-item__label">{item.label}</span>
      {item.localLabel !== null ? <span className="exchange-item__local">{t('exchange.localLabel', { label: item.localLabel })}</span> : null}
      <span className="exchange-item__dates">
        {item.localUpdatedAt === null ? t('exchange.datesNew', { incoming: when(item.incomingUpdatedAt) }) : t('exchange.dates', { incoming: when(item.incomingUpdatedAt), local: when(item.localUpdatedAt) })}
      </span>
      {item.status === 'conflict' ? (
        <fieldset className="exchange-item__choices">
          <legend className="visually-hidden">{t('exchange.resolutionLabel', { label: item.label })}</legend>
          {RESOLUTIONS.map((resolution) => (
            <label key={resolution} className="exchange-item__choice">
              <input
                type="radio"
                name={`resolution-${item.id}`}
                value={resolution}
                checked={resolutions[item.id] === resolution}
                disabled={applying}
                onChange={() => setResolutions((current) => ({ ...current, [item.id]: resolution }))}
              />
              {t(`exchange.resolutions.${resolution}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
    </li>
  );

  const groups = STATUS_ORDER.map((status) => ({ status, items: preview.items.filter((item) => item.status === status) })).filter((group) => group.items.length > 0);

  return (
    <Dialog
      title={t('exchange.previewTitle', { fileName: preview.fileName })}
      onRequestClose={onClose}
      variant="side"
      closeLabel={t('exchange.close')}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={applying}>
            {t('exchange.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={() => void apply()} disabled={applying || unresolved > 0 || !writes}>
            {applying ? t('exchange.applying') : t('exchange.apply')}
          </button>
        </>
      }
    >
      <div className="exchange-preview" data-testid="import-preview">
        <p>{t('exchange.exportedAt', { kind: t(`exchange.fileKinds.${preview.fileKind}`), when: when(preview.exportedAt) })}</p>
        <p className="exchange-preview__summary" data-testid="import-summary">
          {t('exchange.summary', { ...preview.counts })}
        </p>
        <FormAlert message={failure} />
        {unresolved > 0 ? <p className="field__hint">{t('exchange.unresolved', { count: unresolved })}</p> : null}
        {writes ? null : <p className="field__hint">{t('exchange.nothingToWrite')}</p>}
        {groups.map((group) =>
          FOLDED.has(group.status) ? (
            <details key={group.status} className="exchange-group" data-status={group.status}>
              <summary className="exchange-group__title">
                {t(`exchange.statuses.${group.status}`)} ({group.items.length})
              </summary>
              <ul className="exchange-group__items">{group.items.map(itemRow)}</ul>
            </details>
          ) : (
            <section key={group.status} className="exchange-group" data-status={group.status}>
              <h3 className="exchange-group__title">
                {t(`exchange.statuses.${group.status}`)} ({group.items.length})
              </h3>
              <ul className="exchange-group__items">{group.items.map(itemRow)}</ul>
            </section>
          ),
        )}
      </div>
    </Dialog>
  );
}
