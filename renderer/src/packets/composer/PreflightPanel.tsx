// "Kiểm tra trước khi xuất": findings for the press handout or the full briefing book, each a jump to its place.
import { useTranslation } from 'react-i18next';
import type { ExportProfile, PreflightReport } from '../../../../shared/ipc/features/packets';
import type { PacketLocation } from '../../../../shared/packets/findings';
import { currentLanguage } from '../../i18n';
import { formatTime } from '../../i18n/format';
import { FindingList } from '../FindingList';

interface PreflightPanelProps {
  report: PreflightReport | null;
  running: boolean;
  error: string | null;
  profile: ExportProfile;
  /** The packet changed since the report was made. */
  outdated: boolean;
  sectionTitles: ReadonlyMap<string, string>;
  variableLabels: ReadonlyMap<string, string>;
  onProfile(profile: ExportProfile): void;
  onRun(): void;
  onJump(location: PacketLocation): void;
}

export function PreflightPanel({ report, running, error, profile, outdated, sectionTitles, variableLabels, onProfile, onRun, onJump }: PreflightPanelProps) {
  const { t } = useTranslation();
  const errors = report?.findings.filter((f) => f.severity === 'error').length ?? 0;
  const warnings = report?.findings.filter((f) => f.severity === 'warning').length ?? 0;
  return (
    <div className="composer-panel__body preflight-panel" data-testid="preflight-panel">
      <div className="preflight-panel__controls">
        <div className="packet-toggle" role="group" aria-label={t('packetChecks.profileLabel')}>
          {(['handout', 'full'] as const).map((value) => (
            <button key={value} type="button" className="packet-toggle__option" aria-pressed={profile === value} onClick={() => onProfile(value)}>
              {t(`packetChecks.profiles.${value}`)}
            </button>
          ))}
        </div>
        <button type="button" className="button button--small" onClick={onRun} disabled={running}>
          {running ? t('packetChecks.running') : t('packetChecks.run')}
        </button>
      </div>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {report ? (
        <>
          <p className={`preflight-panel__summary preflight-panel__summary--${errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok'}`} role="status" data-testid="preflight-summary">
            {errors + warnings === 0 ? t('packetChecks.summaryClean') : t('packetChecks.summary', { errors, warnings })}
            <span className="preflight-panel__time">{t('packetChecks.checkedAt', { time: formatTime(report.checkedAt, currentLanguage()) })}</span>
          </p>
          {outdated ? <p className="preflight-panel__outdated">{t('packetChecks.outdated')}</p> : null}
          {errors > 0 && profile === 'handout' ? <p className="preflight-panel__note">{t('packetChecks.overrideNote')}</p> : null}
          <FindingList findings={report.findings} names={report.names} sectionTitles={sectionTitles} variableLabels={variableLabels} onJump={onJump} label={t('packetChecks.listLabel')} />
        </>
      ) : running ? (
        <p className="composer-panel__intro">{t('packetChecks.running')}</p>
      ) : null}
    </div>
  );
}

export function CitedPanel({ report, running }: { report: PreflightReport | null; running: boolean }) {
  const { t } = useTranslation();
  if (!report) return <p className="composer-panel__intro">{running ? t('common.loading') : t('packetComposer.cited.none')}</p>;
  return (
    <div className="composer-panel__body cited-panel" data-testid="cited-panel">
      <p className="composer-panel__intro">{report.cited.length === 0 ? t('packetComposer.cited.none') : t('packetComposer.cited.intro', { count: report.cited.length })}</p>
      <ol className="cited-list">
        {report.cited.map((entry) => (
          <li key={entry.directiveId} className="cited-list__item">
            <span className="cited-list__full">{entry.full}</span>
            {entry.status !== 'in_force' ? <span className={`pill pill--${entry.status}`}>{t(`directives.status.${entry.status}`)}</span> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
