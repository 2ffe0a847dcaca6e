// Packet status and versions: draft → in review → approved (locked) → delivered, reopening, version snapshots and restore.
import { AppError } from '../ipc/errors.js';
import { PACKET_VERSION_SCHEMA_VERSION, type HistoryEntry, type Packet, type PacketStatus, type PacketVersion } from '../model/packet.js';

/** Forward steps, and sending a packet under review back to its authors. Leaving approved or delivered is `reopen`. */
export const PACKET_TRANSITIONS: Readonly<Record<PacketStatus, readonly PacketStatus[]>> = {
  draft: ['in_review'],
  in_review: ['draft', 'approved'],
  approved: ['delivered'],
  delivered: [],
};

/** Approved and delivered packets are read-only until reopened. */
export function isLocked(packet: Pick<Packet, 'status'>): boolean {
  return packet.status === 'approved' || packet.status === 'delivered';
}

export function canTransition(from: PacketStatus, to: PacketStatus): boolean {
  return PACKET_TRANSITIONS[from].includes(to);
}

/** Throws the bridge's `locked` error for a packet that may not be edited. */
export function assertEditable(packet: Pick<Packet, 'id' | 'status'>): void {
  if (isLocked(packet)) throw new AppError('locked', { id: packet.id, status: packet.status });
}

/** Who acts, when, the slot of the version the step saves, and an optional comment for the history. */
export interface PacketAction {
  by: string;
  now: string;
  /** Id and number (one more than the packet's highest) of the version snapshot to write. */
  version: { id: string; number: number };
  note?: string;
}

/** A frozen copy of the packet's content. */
export function snapshot(packet: Packet, reason: PacketVersion['reason'], action: PacketAction, label = ''): PacketVersion {
  const { title, documentNumber, variables, sections } = structuredClone(packet);
  return {
    id: action.version.id,
    schemaVersion: PACKET_VERSION_SCHEMA_VERSION,
    createdAt: action.now,
    updatedAt: action.now,
    packetId: packet.id,
    number: action.version.number,
    reason,
    label: label.normalize('NFC').trim(),
    by: action.by.normalize('NFC').trim(),
    status: packet.status,
    title,
    documentNumber,
    variables,
    sections,
  };
}

function historyEntry(action: PacketAction, kind: HistoryEntry['action']): HistoryEntry {
  return { at: action.now, action: kind, by: action.by.normalize('NFC').trim(), note: (action.note ?? '').normalize('NFC').trim() };
}

/**
 * Moves the packet one status step and saves a version in the new status. Approving records the approver (required)
 * and time and locks the packet; a step not allowed from the current status is refused as a conflict (someone else
 * moved it meanwhile).
 */
export function changeStatus(packet: Packet, to: PacketStatus, action: PacketAction): { packet: Packet; version: PacketVersion } {
  if (!canTransition(packet.status, to)) throw new AppError('conflict', { id: packet.id, status: packet.status, to });
  const by = action.by.normalize('NFC').trim();
  if (to === 'approved' && !by) throw new AppError('validation', { field: 'by' }, [{ path: ['by'], message: 'validation.required' }]);
  const approval = to === 'approved' ? { approvedBy: by, approvedAt: action.now } : to === 'delivered' ? {} : { approvedBy: null, approvedAt: null };
  const next: Packet = { ...packet, ...approval, status: to, updatedAt: action.now, history: [...packet.history, historyEntry(action, 'status')] };
  return { packet: next, version: snapshot(next, 'status', action) };
}

/**
 * Reopens an approved or delivered packet for editing: its content as approved is kept as a version, and the packet
 * becomes a draft again (the approval stays on record in that version and in the history).
 */
export function reopen(packet: Packet, action: PacketAction): { packet: Packet; version: PacketVersion } {
  if (!isLocked(packet)) throw new AppError('conflict', { id: packet.id, status: packet.status, to: 'draft' });
  const version = snapshot(packet, 'reopen', action);
  const next: Packet = { ...packet, status: 'draft', approvedBy: null, approvedAt: null, updatedAt: action.now, history: [...packet.history, historyEntry(action, 'reopened')] };
  return { packet: next, version };
}

/** A version saved on demand, with the user's label. */
export function saveVersion(packet: Packet, action: PacketAction, label: string): { packet: Packet; version: PacketVersion } {
  const next: Packet = { ...packet, updatedAt: action.now, history: [...packet.history, historyEntry({ ...action, note: action.note ?? label }, 'version_saved')] };
  return { packet: next, version: snapshot(next, 'manual', action, label) };
}

/**
 * Puts a version's content back into an editable packet; what it replaces is saved first as a version (reason
 * "restore"), so a restore can itself be undone.
 */
export function restoreVersion(packet: Packet, from: PacketVersion, action: PacketAction): { packet: Packet; version: PacketVersion } {
  assertEditable(packet);
  if (from.packetId !== packet.id) throw new AppError('validation', { id: from.id, packetId: packet.id });
  const version = snapshot(packet, 'restore', action);
  const { title, documentNumber, variables, sections } = structuredClone(from);
  const note = action.note ?? `#${from.number}${from.label ? ` ${from.label}` : ''}`;
  const next: Packet = { ...packet, title, documentNumber, variables, sections, updatedAt: action.now, history: [...packet.history, historyEntry({ ...action, note }, 'restored')] };
  return { packet: next, version };
}
