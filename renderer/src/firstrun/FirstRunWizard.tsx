// The first-run wizard: language, agency and spokesperson, starting content; then saves, loads and hands over to the app.
import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/common';
import { onBridgeEvent } from '../api/client';
import type { FieldErrors } from '../api/fieldErrors';
import { saveTracker } from '../api/saveTracker';
import { errorMessage } from '../api/errors';
import { fieldsOf, useSettings } from '../app/settingsContext';
import { identityOf, type IdentityValues } from '../settings/IdentityFields';
import { ContentStep, type ContentChoice } from './ContentStep';
import { IdentityStep } from './IdentityStep';
import { identityErrors, savableIdentity } from './identity';
import { LanguageStep } from './LanguageStep';
import { SetupProgress } from './SetupProgress';
import { STEPS } from './steps';
import { useLibraryFacts } from './useLibraryFacts';
import { useSetupRun } from './useSetupRun';
import { WizardSteps } from './WizardSteps';
import './firstrun.css';

/** Enter anywhere but on a button (which it presses) or a multi-line field moves on, as in an installer. */
function submitOnEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
  const target = event.target;
  if (target instanceof HTMLButtonElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target instanceof HTMLAnchorElement) return;
  event.preventDefault();
  event.currentTarget.requestSubmit();
}

export function FirstRunWizard({ onFinished }: { onFinished(outcome: 'done' | 'skipped'): void }) {
  const { t, i18n } = useTranslation();
  const { settings, save } = useSettings();
  const base = fieldsOf(settings);
  const [stepIndex, setStepIndex] = useState(0);
  const [language, setLanguage] = useState<Language>(settings.language);
  const [identity, setIdentity] = useState<IdentityValues>(() => identityOf(base));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [chosen, setChosen] = useState<Partial<ContentChoice>>({});
  const [skip, setSkip] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  const facts = useLibraryFacts();
  const finished = useCallback(() => onFinished('done'), [onFinished]);
  const run = useSetupRun(save, finished);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const step = STEPS[stepIndex] ?? 'language';
  const running = run.tasks !== null;

  useEffect(() => {
    document.title = t('firstRun.windowTitle');
  }, [t]);
  // The shell is not there yet to hear that the wizard's writes reached the disk; the status bar must not stay on "saving".
  useEffect(() => onBridgeEvent('saved', ({ at }) => saveTracker.confirm(at)), []);
  useEffect(() => {
    headingRef.current?.focus();
  }, [stepIndex, running]);

  const ready = facts.state.kind === 'ready' ? facts.state.facts : null;
  // An upgraded data folder that already holds directives does not get the starter registry unless asked for.
  const choice: ContentChoice = { starter: chosen.starter ?? (ready ? ready.existing.directives === 0 : true), sample: chosen.sample ?? false };

  const changeLanguage = (next: Language) => {
    setLanguage(next);
    void i18n.changeLanguage(next);
  };
  const changeIdentity = (changes: Partial<IdentityValues>) => {
    const next = { ...identity, ...changes };
    setIdentity(next);
    if (Object.keys(errors).length > 0) setErrors(identityErrors(next, base));
  };

  const advance = (event: FormEvent) => {
    event.preventDefault();
    if (running || skip.busy) return;
    if (step === 'identity') {
      const found = identityErrors(identity, base);
      setErrors(found);
      if (Object.keys(found).length > 0) {
        requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
        return;
      }
    }
    if (step !== 'content') {
      setStepIndex(stepIndex + 1);
      return;
    }
    if (facts.state.kind === 'loading') return;
    run.start({
      settings: { language, ...identity },
      starter: choice.starter && (!ready || ready.starter.present < ready.starter.total),
      sample: choice.sample && (!ready || ready.sample.present < ready.sample.total),
    });
  };

  const skipSetup = () => {
    setSkip({ busy: true, error: null });
    save({ language, ...savableIdentity(identity, base), firstRunDone: true }).then(
      () => onFinished('skipped'),
      (error: unknown) => setSkip({ busy: false, error }),
    );
  };

  const heading = !running ? t(`firstRun.${step}.heading`) : run.failure ? t('firstRun.progress.failedHeading') : t('firstRun.progress.heading');
  return (
    <main className="firstrun" data-app-ready="true" data-first-run="true">
      <div className="firstrun__window">
        <WizardSteps current={running ? STEPS.length : stepIndex} />
        <form ref={formRef} className="firstrun__main" noValidate onSubmit={advance} onKeyDown={submitOnEnter} aria-labelledby="firstrun-heading">
          <div className="firstrun__body">
            {running ? null : <p className="firstrun__step-of">{t('firstRun.stepOf', { step: stepIndex + 1, total: STEPS.length })}</p>}
            <h1 id="firstrun-heading" className="firstrun__heading" ref={headingRef} tabIndex={-1}>
              {heading}
            </h1>
            {running ? null : <p className="firstrun__intro">{t(`firstRun.${step}.intro`)}</p>}
            {skip.error ? (
              <p className="notice notice--error" role="alert">
                {errorMessage(t, skip.error)}
              </p>
            ) : null}
            {running ? (
              <SetupProgress run={run} />
            ) : step === 'language' ? (
              <LanguageStep value={language} onChange={changeLanguage} />
            ) : step === 'identity' ? (
              <IdentityStep values={identity} errors={errors} onChange={changeIdentity} />
            ) : (
              <ContentStep facts={facts.state} choice={choice} onChange={(changes) => setChosen({ ...chosen, ...changes })} onRetry={facts.retry} />
            )}
          </div>
          <footer className="firstrun__footer">
            {running ? (
              run.failure ? (
                <>
                  <button type="button" className="button firstrun__footer-start" onClick={finished}>
                    {t('firstRun.progress.continue')}
                  </button>
                  <button type="button" className="button button--primary" onClick={run.retry}>
                    {t('firstRun.progress.retry')}
                  </button>
                </>
              ) : null
            ) : (
              <>
                <button type="button" className="button button--quiet firstrun__skip" onClick={skipSetup} disabled={skip.busy} title={t('firstRun.actions.skipHint')}>
                  {skip.busy ? t('firstRun.progress.skipping') : t('firstRun.actions.skip')}
                </button>
                <span className="firstrun__enter-hint" aria-hidden="true">
                  {t('firstRun.actions.enterHint')}
                </span>
                {stepIndex > 0 ? (
                  <button type="button" className="button" onClick={() => setStepIndex(stepIndex - 1)} disabled={skip.busy}>
                    {t('firstRun.actions.back')}
                  </button>
                ) : null}
                <button type="submit" className="button button--primary" disabled={skip.busy || (step === 'content' && facts.state.kind === 'loading')}>
                  {step === 'content' ? t('firstRun.actions.finish') : t('firstRun.actions.next')}
                </button>
              </>
            )}
          </footer>
        </form>
      </div>
    </main>
  );
}
