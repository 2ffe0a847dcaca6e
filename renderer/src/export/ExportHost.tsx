// Registers the PDF export dialog with the composer's "Xuất PDF" and shows it for the packet and print the composer hands over.
import { useEffect, useState } from 'react';
import { setPacketExporter, type PacketExportRequest } from '../packets/composer/exportHook';
import { ExportDialog } from './ExportDialog';
import './export.css';

export function ExportHost() {
  const [request, setRequest] = useState<PacketExportRequest | null>(null);

  useEffect(() => {
    setPacketExporter((next) => setRequest(next));
    return () => setPacketExporter(null);
  }, []);

  return request ? <ExportDialog key={`${request.packetId}:${request.profile}`} request={request} onClose={() => setRequest(null)} /> : null;
}
