// "Phiên bản": the packet's saved versions (who, when, why), saving one with a label, comparing two, restoring one.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PacketVersionSummary } from '../../../../shared/ipc/features/versions';
import type { Packet } from '../../../../shared/model/packet';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { currentLanguage } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { statusClass } from '../labels';
import { VersionCompare } from './VersionCompare';

interface VersionsPanelProps {
  packetId: string;
  /** Changes when the packet is stored anew (a new version may exist). */
  packetUpdatedAt: string;
  locked: boolean;
  by: string;
  /** Writes pending edits first, so a version holds what is on screen. */
  ensureSaved(): Promise<void>;
  /** A version saved on demand adds to the packet's history: the composer takes the stored packet. */
  onSaved(packet: Packet): void;
  onRestore(number: number): Promise<void>;
}

type Comparison = { from: number; to: number | null } | null;

export function VersionsPanel({ packetId, packetUpdatedAt, locked, by, ensureSaved, onSaved, onRestore }: VersionsPanelProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [versions, setVersions] = useState<PacketVersionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const [comparison, setComparison] = useState<Comparison>(null);
  const [restoring, setRestoring] = useState<PacketVersionSummary | null>(null);

  const [reloads, setReloads] = useState(0);
  const load = () => setReloads((n) => n + 1);
  useEffect(() => {
    let current = true;
    call('versions', 'list', { packetId }).then(
      (list) => current && setVersions(list),
      (failure: unknown) => current && setError(errorMessage(t, failure)),
    );
    return () => {
      current = false;
    };
  }, [packetId, packetUpdatedAt, reloads, t]);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await ensureSaved();
      const outcome = await call('versions', 'create', { packetId, label: label.trim(), by });
      setLabel('');
      onSaved(outcome.packet);
      load();
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (number: number) =>
    setSelected((current) => (current.includes(number) ? current.filter((n) => n !== number) : [...current.slice(-1), number]));
  const pair = [...selected].sort((a, b) => a - b);

  return (
    <div className="composer-panel__body versions-panel" data-testid="versions-panel">
      <div className="versions-panel__save">
        <input className="input" value={label} aria-label={t('packetVersions.labelField')} placeholder={t('packetVersions.labelPlaceholder')} onChange={(event) => setLabel(event.target.value)} />
        <button type="button" className="button button--small" onClick={() => void save()} disabled={busy}>
          {t('packetVersions.save')}
        </button>
      </div>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="versions-panel__compare">
        <button type="button" className="button button--small" disabled={pair.length !== 2} onClick={() => setComparison({ from: pair[0] ?? 1, to: pair[1] ?? null })}>
          {t('packetVersions.compareSelected')}
        </button>
        <span className="versions-panel__hint">{t('packetVersions.selectHint')}</span>
      </div>
      {versions === null ? (
        <p className="composer-panel__intro">{t('common.loading')}</p>
      ) : versions.length === 0 ? (
        <p className="composer-panel__intro">{t('packetVersions.none')}</p>
      ) : (
        <ol className="version-list" aria-label={t('packetComposer.panels.versions')}>
          {versions.map((version) => (
            <li key={version.number} className="version-list__item" data-version={version.number}>
              <label className="version-list__select">
                <input type="checkbox" checked={selected.includes(version.number)} onChange={() => toggle(version.number)} aria-label={t('packetVersions.select', { number: version.number })} />
                <span className="version-list__number">{`#${version.number}`}</span>
              </label>
              <div className="version-list__body">
                <span className="version-list__reason">
                  {t(`packetVersions.reasons.${version.reason}`)}
                  {version.label ? ` — ${version.label}` : ''}
                </span>
                <span className="version-list__meta">
                  {[formatDateTime(version.createdAt, language), version.by].filter(Boolean).join(' · ')}
                  <span className={statusClass(version.status)}>{t(`packets.status.${version.status}`)}</span>
                </span>
                <span className="version-list__actions">
                  <button type="button" className="button button--small button--quiet" onClick={() => setComparison({ from: version.number, to: null })}>
                    {t('packetVersions.compareCurrent')}
                  </button>
                  <button type="button" className="button button--small button--quiet" disabled={locked} onClick={() => setRestoring(version)} title={locked ? t('packetVersions.restoreLocked') : undefined}>
                    {t('packetVersions.restore')}
                  </button>
                </span>
              </div>
            </li>
          ))}
        </ol>
      )}
      {comparison ? <VersionCompare packetId={packetId} from={comparison.from} to={comparison.to} ensureSaved={ensureSaved} onClose={() => setComparison(null)} /> : null}
      {restoring ? (
        <ConfirmDialog
          title={t('packetVersions.restoreTitle', { number: restoring.number })}
          body={t('packetVersions.restoreBody', { number: restoring.number })}
          confirmLabel={t('packetVersions.restoreConfirm')}
          tone="primary"
          onCancel={() => setRestoring(null)}
          onConfirm={() => {
            const number = restoring.number;
            setRestoring(null);
            void onRestore(number).then(load, (failure: unknown) => setError(errorMessage(t, failure)));
          }}
        />
      ) : null}
    </div>
  );
}
