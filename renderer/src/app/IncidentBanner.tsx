// Banner for data files that were damaged, quarantined and (where a good backup existed) restored.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageIncident } from '../../../shared/storage/types';
import { call, onBridgeEvent } from '../api/client';
import { currentLanguage } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { Icon } from '../ui/Icon';

/** "2026-11-26T08-16-12-618Z-startup" → the time it names, written for people; anything else as it is. */
function backupLabel(backup: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-[a-z_]+$/.exec(backup);
  if (!match) return backup;
  const [, day, hours, minutes, seconds, millis] = match;
  const formatted = formatDateTime(`${day ?? ''}T${hours ?? ''}:${minutes ?? ''}:${seconds ?? ''}.${millis ?? ''}Z`, currentLanguage());
  return formatted || backup;
}

function incidentKey(incident: StorageIncident): string {
  return `${incident.file}|${incident.quarantinedAs}`;
}

/** Incidents reported at start (system.storageIncidents) and while running (storageIncident event). */
function useStorageIncidents(): [StorageIncident[], (incident: StorageIncident) => void] {
  const [incidents, setIncidents] = useState<StorageIncident[]>([]);
  useEffect(() => {
    const add = (found: StorageIncident[]) =>
      setIncidents((list) => {
        const known = new Set(list.map(incidentKey));
        return [...list, ...found.filter((incident) => !known.has(incidentKey(incident)))];
      });
    const unsubscribe = onBridgeEvent('storageIncident', (incident) => add([incident]));
    call('system', 'storageIncidents', {}).then(add, () => undefined);
    return unsubscribe;
  }, []);
  const dismiss = (incident: StorageIncident) => setIncidents((list) => list.filter((item) => incidentKey(item) !== incidentKey(incident)));
  return [incidents, dismiss];
}

export function IncidentBanner() {
  const { t } = useTranslation();
  const [incidents, dismiss] = useStorageIncidents();
  if (incidents.length === 0) return null;
  return (
    <section className="incidents" aria-label={t('incident.label')}>
      {incidents.map((incident) => (
        <div className="incident" role="alert" key={incidentKey(incident)}>
          <Icon name="warning" size={20} />
          <div className="incident__text">
            <p className="incident__main">
              {incident.restoredFrom
                ? t('incident.restored', { file: incident.file, backup: backupLabel(incident.restoredFrom) })
                : t('incident.notRestored', { file: incident.file })}
            </p>
            <p className="incident__detail">
              {t('incident.kept', { reason: t(`incident.reason.${incident.reason}`), path: incident.quarantinedAs })}
            </p>
          </div>
          <button type="button" className="icon-button" aria-label={t('incident.dismiss')} onClick={() => dismiss(incident)}>
            <Icon name="close" size={16} />
          </button>
        </div>
      ))}
    </section>
  );
}
