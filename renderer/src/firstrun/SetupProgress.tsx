// The wizard's last screen while it saves the settings and loads the chosen content: each task's state, and what to do if one fails.
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';
import { Icon } from '../ui/Icon';
import type { SetupRun } from './useSetupRun';

export function SetupProgress({ run }: { run: SetupRun }) {
  const { t } = useTranslation();
  const tasks = run.tasks ?? [];
  return (
    <div className="firstrun-progress">
      <ol className="firstrun-progress__list" aria-live="polite">
        {tasks.map((task) => (
          <li key={task.id} className={`firstrun-progress__task firstrun-progress__task--${task.state}`}>
            <span className="firstrun-progress__mark" aria-hidden="true">
              {task.state === 'done' ? <Icon name="check" size={14} /> : task.state === 'failed' ? <Icon name="warning" size={14} /> : null}
            </span>
            <span className="firstrun-progress__label">{t(`firstRun.progress.tasks.${task.id}`)}</span>
            <span className="firstrun-progress__state">{t(`firstRun.progress.state.${task.state}`)}</span>
          </li>
        ))}
      </ol>
      {run.failure ? (
        <div className="firstrun-progress__failure">
          <p className="notice notice--error" role="alert">
            {t('firstRun.progress.failed', { task: t(`firstRun.progress.tasks.${run.failure.task}`), message: errorMessage(t, run.failure.error) })}
          </p>
          <p className="firstrun-muted">{t('firstRun.progress.continueHint')}</p>
        </div>
      ) : null}
    </div>
  );
}
