// The packet's outline: its sections in order (internal-only marked, words, open findings); choosing one shows it in the editor.
import { useTranslation } from 'react-i18next';
import type { PacketSection } from '../../../../shared/model/packet';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';

interface OutlineProps {
  sections: readonly PacketSection[];
  activeId: string | null;
  words: ReadonlyMap<string, number>;
  /** Errors and warnings per section from the last preflight. */
  findings: ReadonlyMap<string, { errors: number; warnings: number }>;
  onSelect(id: string): void;
}

export function Outline({ sections, activeId, words, findings, onSelect }: OutlineProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const total = sections.reduce((sum, section) => sum + (words.get(section.id) ?? 0), 0);
  return (
    <nav className="outline" aria-label={t('packetComposer.outline.label')}>
      <h2 className="outline__title">{t('packetComposer.outline.title')}</h2>
      <ol className="outline__list">
        {sections.map((section, index) => {
          const found = findings.get(section.id);
          return (
            <li key={section.id}>
              <button
                type="button"
                className={`outline__item${section.id === activeId ? ' outline__item--active' : ''}`}
                aria-current={section.id === activeId ? 'true' : undefined}
                onClick={() => onSelect(section.id)}
                data-section-id={section.id}
              >
                <span className="outline__number">{index + 1}</span>
                <span className="outline__text">
                  <span className="outline__name">{section.title}</span>
                  <span className="outline__meta">
                    {t('packetComposer.outline.words', { count: words.get(section.id) ?? 0, formatted: formatNumber(words.get(section.id) ?? 0, language) })}
                    {section.internalOnly ? <span className="outline__internal">{t('packetComposer.outline.internal')}</span> : null}
                  </span>
                </span>
                {found && found.errors + found.warnings > 0 ? (
                  <>
                    {/* The bare count is for the eye; the button's name says what it counts. */}
                    <span className={`outline__badge outline__badge--${found.errors > 0 ? 'error' : 'warning'}`} title={t('packetComposer.outline.findings', { errors: found.errors, warnings: found.warnings })} aria-hidden="true">
                      {found.errors + found.warnings}
                    </span>
                    <span className="visually-hidden">{t('packetComposer.outline.findings', { errors: found.errors, warnings: found.warnings })}</span>
                  </>
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="outline__total">{t('packetComposer.outline.total', { formatted: formatNumber(total, language) })}</p>
      <p className="outline__keys">{t('packetComposer.outline.keys')}</p>
    </nav>
  );
}
