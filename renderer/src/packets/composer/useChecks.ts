// Preflight and the list of directives cited, run on the stored packet after pending edits are written.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportProfile, PreflightReport } from '../../../../shared/ipc/features/packets';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';

export interface Checks {
  report: PreflightReport | null;
  profile: ExportProfile;
  running: boolean;
  error: string | null;
  /** Errors and warnings per section of the last report. */
  bySection: ReadonlyMap<string, { errors: number; warnings: number }>;
  setProfile(profile: ExportProfile): void;
  run(profile?: ExportProfile): Promise<PreflightReport | null>;
  cited: PreflightReport | null;
  citedRunning: boolean;
  runCited(): Promise<void>;
}

function countBySection(report: PreflightReport | null): Map<string, { errors: number; warnings: number }> {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const finding of report?.findings ?? []) {
    const id = finding.location.sectionId;
    if (id === null || finding.severity === 'info') continue;
    const entry = counts.get(id) ?? { errors: 0, warnings: 0 };
    if (finding.severity === 'error') entry.errors++;
    else entry.warnings++;
    counts.set(id, entry);
  }
  return counts;
}

export function useChecks(packetId: string, flush: () => Promise<void>): Checks {
  const { t } = useTranslation();
  const [report, setReport] = useState<PreflightReport | null>(null);
  const [profile, setProfileState] = useState<ExportProfile>('handout');
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [cited, setCited] = useState<PreflightReport | null>(null);
  const [citedRunning, setCitedRunning] = useState(false);
  const runId = useRef(0);

  const run = useCallback(
    async (chosen?: ExportProfile): Promise<PreflightReport | null> => {
      const id = ++runId.current;
      const target = chosen ?? profile;
      setRunning(true);
      setError(null);
      try {
        await flush();
        const result = await call('packets', 'preflight', { id: packetId, profile: target });
        if (id === runId.current) {
          setReport(result);
          if (target === 'full') setCited(result);
        }
        return result;
      } catch (failure) {
        if (id === runId.current) setError(errorMessage(t, failure));
        return null;
      } finally {
        if (id === runId.current) setRunning(false);
      }
    },
    [packetId, profile, flush, t],
  );

  const setProfile = useCallback(
    (next: ExportProfile) => {
      setProfileState(next);
      void run(next);
    },
    [run],
  );

  const runCited = useCallback(async () => {
    setCitedRunning(true);
    try {
      await flush();
      setCited(await call('packets', 'preflight', { id: packetId, profile: 'full' }));
    } catch {
      // The list stays as it was; the preflight panel reports failures.
    } finally {
      setCitedRunning(false);
    }
  }, [packetId, flush]);

  return { report, profile, running, error, bySection: countBySection(report), setProfile, run, cited, citedRunning, runCited };
}
