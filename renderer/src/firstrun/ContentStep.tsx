// Step 3 of the first-run wizard: the starter directive registry (on by default), the sample content (off), and the built-in templates.
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';
import { currentLanguage } from '../i18n';
import { formatNumber } from '../i18n/format';
import { Icon } from '../ui/Icon';
import { hasContent, type ExistingContent, type FactsState, type LibraryFacts } from './useLibraryFacts';

const EXISTING_KINDS = ['directives', 'talkingPoints', 'qaItems', 'packets'] as const satisfies readonly (keyof ExistingContent)[];

export interface ContentChoice {
  starter: boolean;
  sample: boolean;
}

interface ContentStepProps {
  facts: FactsState;
  choice: ContentChoice;
  onChange(changes: Partial<ContentChoice>): void;
  onRetry(): void;
}

export function ContentStep({ facts, choice, onChange, onRetry }: ContentStepProps) {
  const { t } = useTranslation();
  if (facts.kind === 'loading') return <p className="firstrun-muted">{t('firstRun.content.checking')}</p>;
  if (facts.kind === 'failed') {
    return (
      <div className="notice notice--error" role="alert">
        <span>{t('firstRun.content.checkFailed', { message: errorMessage(t, facts.error) })}</span>
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  return <ContentChoices facts={facts.facts} choice={choice} onChange={onChange} />;
}

function ContentChoices({ facts, choice, onChange }: { facts: LibraryFacts; choice: ContentChoice; onChange: ContentStepProps['onChange'] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const number = (value: number) => formatNumber(value, language);
  const { starter, sample, existing, builtInTemplates } = facts;
  const starterComplete = starter.present >= starter.total;
  const sampleComplete = sample.present >= sample.total;
  return (
    <div className="firstrun-content">
      {hasContent(existing) ? (
        <div className="firstrun-existing" role="note">
          <p className="firstrun-existing__title">{t('firstRun.content.existingTitle')}</p>
          <ul className="firstrun-existing__counts">
            {EXISTING_KINDS.map((kind) => (
              <li key={kind}>{t(`firstRun.content.existingCounts.${kind}`, { count: number(existing[kind]) })}</li>
            ))}
          </ul>
          <p>{t('firstRun.content.existing')}</p>
        </div>
      ) : null}
      <label className="firstrun-choice">
        <input type="checkbox" checked={choice.starter && !starterComplete} disabled={starterComplete} onChange={(event) => onChange({ starter: event.target.checked })} />
        <span className="firstrun-choice__text">
          <span className="firstrun-choice__title">{t('firstRun.content.starter')}</span>
          <span className="firstrun-choice__hint">
            {starterComplete
              ? t('firstRun.content.starterAllPresent', { total: starter.total })
              : t('firstRun.content.starterHint', { count: starter.total - starter.present })}
          </span>
          {!starterComplete && starter.present > 0 ? (
            <span className="firstrun-choice__hint">{t('firstRun.content.starterPartial', { present: starter.present, total: starter.total })}</span>
          ) : null}
        </span>
      </label>
      <label className="firstrun-choice">
        <input type="checkbox" checked={choice.sample && !sampleComplete} disabled={sampleComplete} onChange={(event) => onChange({ sample: event.target.checked })} />
        <span className="firstrun-choice__text">
          <span className="firstrun-choice__title">{t('firstRun.content.sample')}</span>
          <span className="firstrun-choice__hint">
            {sampleComplete ? t('firstRun.content.sampleAllPresent') : t('firstRun.content.sampleHint', { count: sample.total - sample.present })}
          </span>
        </span>
      </label>
      <section className="firstrun-templates" aria-labelledby="firstrun-templates-title">
        <h2 id="firstrun-templates-title" className="firstrun-templates__title">
          <Icon name="templates" size={16} />
          <span>{t('firstRun.content.templatesTitle', { count: builtInTemplates.length })}</span>
        </h2>
        <p className="firstrun-choice__hint">{t('firstRun.content.templatesHint')}</p>
        <ul className="firstrun-templates__list">
          {builtInTemplates.map((template) => (
            <li key={template.id}>
              <Icon name="check" size={14} />
              <span>{language === 'en' && template.nameEn ? template.nameEn : template.name}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
