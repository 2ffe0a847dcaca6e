// "Giữ nguyên": library changes the user chose not to take into a packet, remembered per packet on this computer.
import { useCallback, useMemo, useState } from 'react';

const PREFIX = 'spokesdesk.kept.';

export type KeptKind = 'talkingPoint' | 'qa';

export interface KeptReferences {
  has(kind: KeptKind, id: string, revision: number): boolean;
  keep(kind: KeptKind, id: string, revision: number): void;
}

function keyOf(kind: KeptKind, id: string, revision: number): string {
  return `${kind}:${id}:${revision}`;
}

function read(packetId: string): Set<string> {
  try {
    const raw = window.localStorage.getItem(PREFIX + packetId);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return new Set(Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : []);
  } catch {
    return new Set();
  }
}

/** The choices for one packet; a new object after each choice, so what depends on it redraws. */
export function useKeptReferences(packetId: string): KeptReferences {
  const [kept, setKept] = useState(() => read(packetId));
  const keep = useCallback(
    (kind: KeptKind, id: string, revision: number) => {
      setKept((current) => {
        const next = new Set(current).add(keyOf(kind, id, revision));
        try {
          window.localStorage.setItem(PREFIX + packetId, JSON.stringify([...next]));
        } catch {
          // Storage full or disabled: the choice lasts for this session only.
        }
        return next;
      });
    },
    [packetId],
  );
  return useMemo(() => ({ has: (kind, id, revision) => kept.has(keyOf(kind, id, revision)), keep }), [kept, keep]);
}
