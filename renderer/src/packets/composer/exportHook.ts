// Where the composer hands a checked packet to the PDF export dialog (registered by the export feature at start-up).
import type { ExportProfile } from '../../../../shared/ipc/features/packets';
import type { LayoutPresetId } from '../../../../shared/model/common';

export interface PacketExportRequest {
  packetId: string;
  profile: ExportProfile;
  /** The packet's own layout preset (the dialog's default, whose legal ranges bound the margins and body size). */
  layoutPreset: LayoutPresetId;
  /** The reason recorded in the packet's history when the handout is printed despite preflight errors. */
  overrideReason: string | null;
}

export type PacketExporter = (request: PacketExportRequest) => void;

let exporter: PacketExporter | null = null;

/** The export feature registers its dialog here; the composer's "Xuất PDF" opens it after preflight. */
export function setPacketExporter(next: PacketExporter | null): void {
  exporter = next;
}

export function packetExporter(): PacketExporter | null {
  return exporter;
}
