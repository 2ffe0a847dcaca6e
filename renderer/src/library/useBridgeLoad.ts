// Loads a screen's data through the bridge once and again on reload(); a failed load keeps what was shown and reports the error.
import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';

export interface BridgeLoad<T> {
  /** The last loaded value (null until the first load succeeds), as later edits left it. */
  data: T | null;
  setData: Dispatch<SetStateAction<T | null>>;
  loadError: unknown;
  reload(): void;
}

/** `load` must keep its identity between renders (a module-level function): a new one loads again. */
export function useBridgeLoad<T>(load: () => Promise<T>): BridgeLoad<T> {
  const [data, setData] = useState<T | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    load().then(
      (loaded) => {
        if (!current) return;
        setData(loaded);
        setLoadError(null);
      },
      (error: unknown) => {
        if (current) setLoadError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [load, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { data, setData, loadError, reload };
}
