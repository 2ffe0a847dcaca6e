// A stored packet as an exchange file: the packet with its template, agency details and the library it draws on (for export and PDF).
import { AppError } from '../../../shared/ipc/errors.js';
import { buildPacketExchange } from '../../../shared/exchange/io.js';
import type { PacketExchange } from '../../../shared/exchange/schema.js';
import type { Packet } from '../../../shared/model/index.js';
import type { DataStores } from '../storage/library.js';
import type { PacketLibrarySource } from './packet-library.js';

export interface PacketExchangeDeps {
  stores: () => DataStores;
  library: Pick<PacketLibrarySource, 'template'>;
  appVersion: string;
}

/** Builds the exchange file of packet `id` (AppError('not_found') when there is none), stamped `exportedAt`. */
export async function packetExchangeFile(deps: PacketExchangeDeps, id: string, exportedAt: string): Promise<{ packet: Packet; file: PacketExchange }> {
  const stores = deps.stores();
  const packet = await stores.packets.get(id);
  if (!packet) throw new AppError('not_found', { id });
  const [talkingPoints, qaItems, template] = await Promise.all([
    stores.talkingPoints.ready(),
    stores.qaItems.ready(),
    packet.templateId ? deps.library.template(packet.templateId) : Promise.resolve(undefined),
  ]);
  const settings = stores.settings.get();
  const file = buildPacketExchange({
    packet,
    template: template ?? null,
    agency: {
      agencyName: settings.agencyName,
      parentAgencyName: settings.parentAgencyName,
      placeName: settings.placeName,
      spokespersonName: settings.spokespersonName,
      spokespersonTitle: settings.spokespersonTitle,
    },
    directives: stores.directives.all(),
    talkingPoints: talkingPoints.all(),
    qaItems: qaItems.all(),
    appVersion: deps.appVersion,
    exportedAt,
  });
  return { packet, file };
}
