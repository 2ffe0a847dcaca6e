// The "Gói tài liệu" screen: the list and schedule, or the composer of the packet named in the URL hash.
import { useEffect, useRef, useState } from 'react';
import type { PacketLocation } from '../../../shared/packets/findings';
import { Composer } from '../app/lazyEditors';
import { PacketListView } from './PacketListView';
import { useItemRoute } from '../app/itemRoute';
import './packets.css';
import './composer/composer.css';
import './composer/composer-panels.css';

export function PacketsScreen() {
  const route = useItemRoute('packets');
  const [jump, setJump] = useState<{ packetId: string; location: PacketLocation } | null>(null);
  // The packet open last: back in the list, its row takes the keyboard focus.
  const [lastOpened, setLastOpened] = useState(route.openId);
  if (route.openId !== null && route.openId !== lastOpened) setLastOpened(route.openId);

  // Opening a packet or going back removes the control that had focus; continue from the screen's title, not the page top.
  const shownId = useRef(route.openId);
  useEffect(() => {
    if (shownId.current === route.openId) return;
    shownId.current = route.openId;
    if (document.activeElement === null || document.activeElement === document.body) document.getElementById('main')?.focus();
  }, [route.openId]);

  if (route.openId) {
    const location = jump?.packetId === route.openId ? jump.location : null;
    return <Composer key={route.openId} packetId={route.openId} initialLocation={location} searchFocus={route.focus} onClose={route.backToList} onOpenPacket={route.open} />;
  }
  return (
    <PacketListView
      returnFocusTo={lastOpened}
      onOpen={(id, location) => {
        setJump(location ? { packetId: id, location } : null);
        route.open(id);
      }}
    />
  );
}
