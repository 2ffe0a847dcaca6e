// Findings (preflight, roll-forward attention) grouped by severity; each one is a button that jumps to its place in the packet.
import { useTranslation } from 'react-i18next';
import type { ReferenceNameTable } from '../../../shared/ipc/features/packets';
import { bySeverity, type PacketFinding, type PacketLocation, type Severity } from '../../../shared/packets/findings';
import { currentLanguage } from '../i18n';
import { Icon } from '../ui/Icon';
import { findingMessage } from './findingText';

interface FindingListProps {
  findings: readonly PacketFinding[];
  names: ReferenceNameTable;
  /** Section titles by id, to say where a finding is. */
  sectionTitles: ReadonlyMap<string, string>;
  onJump?(location: PacketLocation): void;
  label: string;
  /** Template labels of the variables, by name. */
  variableLabels?: ReadonlyMap<string, string>;
}

const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[];

export function FindingList({ findings, names, sectionTitles, onJump, label, variableLabels }: FindingListProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const sorted = bySeverity(findings);
  return (
    <div className="findings" aria-label={label} role="group">
      {SEVERITIES.map((severity) => {
        const group = sorted.filter((finding) => finding.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={`findings__group findings__group--${severity}`}>
            <h3 className="findings__heading">{t(`packetChecks.severity.${severity}`, { count: group.length })}</h3>
            <ul className="findings__list">
              {group.map((finding, index) => {
                const where = finding.location.sectionId ? (sectionTitles.get(finding.location.sectionId) ?? '') : t('packetChecks.wherePacket');
                const message = findingMessage(t, finding, names, language, variableLabels);
                const content = (
                  <>
                    <span className={`findings__icon findings__icon--${severity}`} aria-hidden="true">
                      {severity === 'info' ? 'i' : <Icon name="warning" size={14} />}
                    </span>
                    <span className="findings__text">
                      <span className="findings__message">{message}</span>
                      <span className="findings__where">{where}</span>
                    </span>
                  </>
                );
                return (
                  <li key={`${finding.code}-${finding.location.sectionId ?? ''}-${finding.location.pos ?? -1}-${index}`} data-finding-code={finding.code} data-severity={severity}>
                    {onJump ? (
                      <button type="button" className="findings__item" onClick={() => onJump(finding.location)} title={t('packetChecks.jump')}>
                        {content}
                      </button>
                    ) : (
                      <div className="findings__item">{content}</div>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
