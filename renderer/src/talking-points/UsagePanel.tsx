// The packets that carry a talking point or Q&A item, with the revision each holds (an older one is flagged).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryUsage } from '../../../shared/ipc/features/talking-points';
import { periodLabel } from '../../../shared/packets/periods';
import { call } from '../api/client';
import { errorMessage } from '../api/errors';
import { currentLanguage } from '../i18n';

interface UsagePanelProps {
  kind: 'talkingPoints' | 'qa';
  id: string;
  currentRevision: number;
}

export function UsagePanel({ kind, id, currentRevision }: UsagePanelProps) {
  const { t } = useTranslation();
  const [usage, setUsage] = useState<{ id: string; list: LibraryUsage[] } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    const request = kind === 'qa' ? call('qa', 'usage', { id }) : call('talkingPoints', 'usage', { id });
    request.then(
      (list) => {
        if (current) setUsage({ id, list });
      },
      (error: unknown) => {
        if (current) setFailure(error);
      },
    );
    return () => {
      current = false;
    };
  }, [kind, id]);

  const list = usage?.id === id ? usage.list : null;
  return (
    <section className="side-panel" aria-labelledby="usage-title" data-testid="usage-panel">
      <h2 id="usage-title" className="side-panel__title">
        {t('library.usage.title')}
      </h2>
      {failure ? <p className="field__error">{errorMessage(t, failure)}</p> : null}
      {list === null && !failure ? <p className="muted">{t('common.loading')}</p> : null}
      {list !== null && list.length === 0 ? <p className="muted">{t('library.usage.none')}</p> : null}
      {list !== null && list.length > 0 ? (
        <ul className="side-panel__list">
          {list.map((entry) => {
            const used = entry.revisions.at(-1) ?? currentRevision;
            return (
              <li key={entry.packetId}>
                <span className="usage__title">{entry.title}</span>
                <span className="muted">{` · ${periodLabel(entry.period, currentLanguage())} · ${t(`library.packetStatus.${entry.status}`)}`}</span>
                {used < currentRevision ? <span className="badge badge--warning">{t('library.usage.older', { revision: used })}</span> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
