// The packet screen's route in the URL hash: "#/packets" is the list and schedule, "#/packets/<id>" the composer of one packet.
import { useCallback, useEffect, useState } from 'react';
import { idSchema } from '../../../shared/model/common';

const LIST_HASH = '#/packets';

export function packetIdFromHash(hash: string): string | null {
  const match = /^#\/?packets\/([^/?#]+)$/.exec(hash);
  if (!match?.[1]) return null;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return idSchema.safeParse(id).success ? id : null;
}

export function packetHash(id: string): string {
  return `${LIST_HASH}/${encodeURIComponent(id)}`;
}

export interface PacketRoute {
  openId: string | null;
  open(id: string): void;
  backToList(): void;
}

export function usePacketRoute(): PacketRoute {
  const [openId, setOpenId] = useState(() => packetIdFromHash(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setOpenId(packetIdFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const open = useCallback((id: string) => {
    window.location.hash = packetHash(id);
  }, []);
  const backToList = useCallback(() => {
    window.location.hash = LIST_HASH;
  }, []);
  return { openId, open, backToList };
}
