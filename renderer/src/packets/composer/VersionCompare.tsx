// Two versions of a packet (or one and the packet as it is now) side by side in words: title, number, variables, each section.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffPart } from '../../../../shared/library/word-diff';
import type { PacketDiff } from '../../../../shared/packets/version-diff';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { Dialog } from '../../ui/Dialog';

interface VersionCompareProps {
  packetId: string;
  from: number;
  to: number | null;
  ensureSaved(): Promise<void>;
  onClose(): void;
}

/** Unchanged stretches longer than this show only their ends around the changes. */
const CONTEXT_CHARS = 160;

function shortened(text: string, index: number, count: number): string {
  const keepStart = index > 0;
  const keepEnd = index < count - 1;
  if (text.length <= CONTEXT_CHARS * 2 + 20) return text;
  const head = keepStart ? text.slice(0, CONTEXT_CHARS) : '';
  const tail = keepEnd ? text.slice(-CONTEXT_CHARS) : '';
  return `${head} … ${tail}`;
}

export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <p className="diff-text">
      {parts.map((part, index) =>
        part.op === 'equal' ? (
          <span key={index}>{shortened(part.text, index, parts.length)}</span>
        ) : part.op === 'insert' ? (
          <ins key={index} className="diff-text__insert">
            {part.text}
          </ins>
        ) : (
          <del key={index} className="diff-text__delete">
            {part.text}
          </del>
        ),
      )}
    </p>
  );
}

export function VersionCompare({ packetId, from, to, ensureSaved, onClose }: VersionCompareProps) {
  const { t } = useTranslation();
  const [diff, setDiff] = useState<PacketDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);

  useEffect(() => {
    let current = true;
    ensureSaved()
      .then(() => call('versions', 'compare', { packetId, from, to }))
      .then(
        (result) => {
          if (current) setDiff(result);
        },
        (failure: unknown) => {
          if (current) setError(errorMessage(t, failure));
        },
      );
    return () => {
      current = false;
    };
  }, [packetId, from, to, ensureSaved, t]);

  const newer = to === null ? t('packetVersions.current') : `#${to}`;
  const sections = diff?.sections.filter((section) => showAll || section.change !== 'unchanged') ?? [];
  return (
    <Dialog title={t('packetVersions.compareTitle', { from: `#${from}`, to: newer })} variant="side" onRequestClose={onClose} closeLabel={t('common.close')}>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {diff === null && !error ? <p>{t('common.loading')}</p> : null}
      {diff ? (
        <div className="version-compare" data-testid="version-compare">
          {!diff.changed ? <p className="dialog__text">{t('packetVersions.noChanges')}</p> : null}
          {diff.titleParts.some((p) => p.op !== 'equal') ? (
            <section className="version-compare__block">
              <h3 className="version-compare__heading">{t('packetVersions.titleChanged')}</h3>
              <DiffText parts={diff.titleParts} />
            </section>
          ) : null}
          {diff.variables.length > 0 ? (
            <section className="version-compare__block">
              <h3 className="version-compare__heading">{t('packetVersions.variablesChanged')}</h3>
              <ul className="version-compare__variables">
                {diff.variables.map((change) => (
                  <li key={change.name}>
                    <code>{`{{${change.name}}}`}</code> <del className="diff-text__delete">{change.before ?? ''}</del> <ins className="diff-text__insert">{change.after ?? ''}</ins>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <label className="version-compare__toggle">
            <input type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} />
            {t('packetVersions.showUnchanged')}
          </label>
          {sections.map((section) => (
            <section key={section.sectionId} className={`version-compare__block version-compare__block--${section.change}`}>
              <h3 className="version-compare__heading">
                {section.title}
                <span className={`version-compare__change version-compare__change--${section.change}`}>{t(`packetVersions.change.${section.change}`)}</span>
              </h3>
              {section.titleParts.some((p) => p.op !== 'equal') ? <DiffText parts={section.titleParts} /> : null}
              {section.change === 'unchanged' ? null : <DiffText parts={section.contentParts} />}
            </section>
          ))}
        </div>
      ) : null}
    </Dialog>
  );
}
