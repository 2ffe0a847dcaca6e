// The "Gói tài liệu" screen: the list and schedule, or the composer of the packet named in the URL hash.
import { useState } from 'react';
import type { PacketLocation } from '../../../shared/packets/findings';
import { Composer } from './composer/Composer';
import { PacketListView } from './PacketListView';
import { useItemRoute } from '../app/itemRoute';
import './packets.css';

export function PacketsScreen() {
  const route = useItemRoute('packets');
  const [jump, setJump] = useState<{ packetId: string; location: PacketLocation } | null>(null);
  if (route.openId) {
    const location = jump?.packetId === route.openId ? jump.location : null;
    return <Composer key={route.openId} packetId={route.openId} initialLocation={location} searchFocus={route.focus} onClose={route.backToList} onOpenPacket={route.open} />;
  }
  return (
    <PacketListView
      onOpen={(id, location) => {
        setJump(location ? { packetId: id, location } : null);
        route.open(id);
      }}
    />
  );
}
