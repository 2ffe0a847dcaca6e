// The wizard's side panel: the app's welcome and the three steps, the current one marked (aria-current="step").
import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import { STEPS } from './steps';

/** `current` is the index of the step shown; STEPS.length once every step is done. */
export function WizardSteps({ current }: { current: number }) {
  const { t } = useTranslation();
  return (
    <div className="firstrun__aside">
      <p className="firstrun__brand">{t('app.name')}</p>
      <p className="firstrun__welcome">{t('firstRun.welcome')}</p>
      <p className="firstrun__tagline">{t('firstRun.tagline')}</p>
      <ol className="firstrun__steps" aria-label={t('firstRun.stepsLabel')}>
        {STEPS.map((id, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'next';
          return (
            <li key={id} className={`firstrun__step firstrun__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="firstrun__step-mark" aria-hidden="true">
                {state === 'done' ? <Icon name="check" size={14} /> : index + 1}
              </span>
              <span>{t(`firstRun.steps.${id}`)}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
