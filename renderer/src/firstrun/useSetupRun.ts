// Finishing the wizard: save the settings (first run done), then load the chosen content through the bridge, one task at a time, with retry.
import { useCallback, useRef, useState } from 'react';
import type { SettingsFields } from '../../../shared/model/settings';
import { call } from '../api/client';

export type TaskId = 'settings' | 'starter' | 'sample';
export type TaskState = 'pending' | 'running' | 'done' | 'failed';

const TASK_ORDER: readonly TaskId[] = ['settings', 'starter', 'sample'];

export interface SetupPlan {
  settings: Partial<SettingsFields>;
  starter: boolean;
  sample: boolean;
}

export interface SetupRun {
  /** Null until `start`; then each planned task with its state, in order. */
  tasks: { id: TaskId; state: TaskState }[] | null;
  /** The failure that stopped the run (the failed task can be retried). */
  failure: { task: TaskId; error: unknown } | null;
  start(plan: SetupPlan): void;
  retry(): void;
}

/**
 * `saveSettings` is the settings context's save (so the shell sees the new settings); `onComplete` runs once every task
 * is done. Tasks run in order (the sample after the starter registry, so the sample adds only what is still missing).
 */
export function useSetupRun(saveSettings: (changes: Partial<SettingsFields>) => Promise<unknown>, onComplete: () => void): SetupRun {
  const [tasks, setTasks] = useState<SetupRun['tasks']>(null);
  const [failure, setFailure] = useState<SetupRun['failure']>(null);
  const planRef = useRef<SetupPlan | null>(null);
  const running = useRef(false);

  const perform = useCallback(
    async (task: TaskId, plan: SetupPlan) => {
      if (task === 'settings') await saveSettings({ ...plan.settings, firstRunDone: true });
      else if (task === 'starter') await call('directives', 'importStarter', {});
      else await call('talkingPoints', 'loadSample', {});
    },
    [saveSettings],
  );

  const runFrom = useCallback(
    async (order: TaskId[], first: number) => {
      const plan = planRef.current;
      if (!plan || running.current) return;
      running.current = true;
      setFailure(null);
      const mark = (index: number, state: TaskState) =>
        setTasks((previous) => previous?.map((task, i) => (i === index ? { ...task, state } : task)) ?? null);
      try {
        for (let index = first; index < order.length; index += 1) {
          const task = order[index];
          if (task === undefined) continue;
          mark(index, 'running');
          try {
            await perform(task, plan);
          } catch (error) {
            mark(index, 'failed');
            setFailure({ task, error });
            return;
          }
          mark(index, 'done');
        }
      } finally {
        running.current = false;
      }
      onComplete();
    },
    [onComplete, perform],
  );

  const start = useCallback(
    (plan: SetupPlan) => {
      planRef.current = plan;
      const order = TASK_ORDER.filter((id) => id === 'settings' || plan[id]);
      setTasks(order.map((id) => ({ id, state: 'pending' })));
      void runFrom(order, 0);
    },
    [runFrom],
  );

  const retry = useCallback(() => {
    if (!tasks) return;
    const failed = tasks.findIndex((task) => task.state === 'failed');
    if (failed >= 0) void runFrom(tasks.map((task) => task.id), failed);
  }, [runFrom, tasks]);

  return { tasks, failure, start, retry };
}
