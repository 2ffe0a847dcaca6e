// Packet handlers: list, read, create (blank or from a template), save (refused once approved), delete, roll-forward, status steps, preflight, export override, schedule.
import type { FeatureHandlers } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import { newId, PACKET_SCHEMA_VERSION, packetSchema, type Packet } from '../../../shared/model/index.js';
import { assertEditable, changeStatus, citedDirectives, createPacketFromTemplate, hasErrors, preflight, reopen, rollForward } from '../../../shared/packets/index.js';
import { sameInstant } from '../time.js';
import { namesFor } from './packet-library.js';
import type { PacketWorkspace } from './packet-workspace.js';
import { buildSchedule } from './schedule.js';

/** How many packets deleted in this session can still be put back. */
const UNDO_DELETE_KEEP = 20;

export function packetsApi(workspace: PacketWorkspace) {
  const { deps } = workspace;
  /** Packets deleted in this session, so undo restores exactly what was deleted and the page cannot write a packet of its own making. */
  const deleted = new Map<string, Packet>();

  return {
    async list() {
      return deps
        .packets()
        .list()
        .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.title.localeCompare(b.title, 'vi'));
    },

    async get({ id }) {
      return workspace.existing(id);
    },

    async create({ fields }) {
      const at = workspace.stamp();
      const packet = packetSchema.parse({
        ...fields,
        id: newId(),
        schemaVersion: PACKET_SCHEMA_VERSION,
        createdAt: at,
        updatedAt: at,
        status: 'draft',
        history: [{ at, action: 'created' }],
      });
      await deps.packets().put(packet);
      return packet;
    },

    async createFromTemplate({ templateId, period, variables, title, by }) {
      const template = await workspace.library.template(templateId);
      if (!template) throw new AppError('not_found', { id: templateId });
      const made = createPacketFromTemplate(template, period, variables, workspace.stamp(), newId, { title, by });
      // Template content and the form's values pass through here: validated as any stored packet is.
      const packet = packetSchema.parse(made);
      await deps.packets().put(packet);
      return packet;
    },

    async save({ id, fields, expectedUpdatedAt }) {
      return workspace.lock.run(id, async () => {
        const current = await workspace.existing(id);
        assertEditable(current);
        if (expectedUpdatedAt !== undefined && !sameInstant(expectedUpdatedAt, current.updatedAt)) {
          throw new AppError('conflict', { id, updatedAt: current.updatedAt });
        }
        // `fields` was validated against packetFieldsSchema by dispatch and `current` when it was read: the merge is valid
        // by construction, and re-validating thirty pages of rich text would double the save's cost.
        const packet: Packet = { ...current, ...fields, updatedAt: workspace.stamp(current.updatedAt) };
        await deps.packets().put(packet);
        return packet;
      });
    },

    async delete({ id }) {
      return workspace.lock.run(id, async () => {
        const current = await workspace.existing(id);
        assertEditable(current);
        const removed = await deps.packets().remove(id);
        if (!removed) throw new AppError('not_found', { id });
        deleted.delete(id);
        deleted.set(id, removed);
        const oldest = deleted.keys().next();
        if (deleted.size > UNDO_DELETE_KEEP && !oldest.done) deleted.delete(oldest.value);
        return removed;
      });
    },

    async undoDelete({ id }) {
      return workspace.lock.run(id, async () => {
        const packet = deleted.get(id);
        if (!packet) throw new AppError('not_found', { id });
        if (deps.packets().has(id)) throw new AppError('conflict', { id });
        await deps.packets().put(packet);
        deleted.delete(id);
        return packet;
      });
    },

    async rollForward({ id, period, by }) {
      const source = await workspace.existing(id);
      const [library, template] = await Promise.all([workspace.library.library(), source.templateId ? workspace.library.template(source.templateId) : undefined]);
      const result = rollForward(source, template ?? null, library, workspace.stamp(), { period, by });
      const packet = packetSchema.parse(result.packet);
      await deps.packets().put(packet);
      return { packet, attention: result.attention, names: namesFor(result.attention, library) };
    },

    async changeStatus({ id, to, by, note, expectedUpdatedAt }) {
      return workspace.lock.run(id, async () => {
        const current = await workspace.existing(id);
        if (expectedUpdatedAt !== undefined && !sameInstant(expectedUpdatedAt, current.updatedAt)) {
          throw new AppError('conflict', { id, updatedAt: current.updatedAt });
        }
        return workspace.commit(changeStatus(current, to, await workspace.action(current, by, note)));
      });
    },

    async reopen({ id, by, note }) {
      return workspace.lock.run(id, async () => {
        const current = await workspace.existing(id);
        return workspace.commit(reopen(current, await workspace.action(current, by, note)));
      });
    },

    async preflight({ id, profile, today }) {
      const [packet, library] = await Promise.all([workspace.existing(id), workspace.library.library()]);
      const day = today ?? workspace.today();
      const findings = preflight(packet, library, profile, day);
      const cited = citedDirectives(packet, library, { profile }).map((entry) => ({
        directiveId: entry.directive.id,
        number: entry.number,
        full: entry.full,
        short: entry.short,
        status: entry.directive.status,
      }));
      return { profile, today: day, checkedAt: packet.updatedAt, findings, hasErrors: hasErrors(findings), names: namesFor(findings, library), cited };
    },

    async recordExportOverride({ id, profile, reason, by, errorCount }) {
      return workspace.lock.run(id, async () => {
        const current = await workspace.existing(id);
        const at = workspace.stamp(current.updatedAt);
        const note = `${profile}: ${reason}${errorCount > 0 ? ` (${errorCount})` : ''}`.slice(0, 5000);
        // History only: a locked packet keeps its content, the record of what was printed is still added.
        const packet: Packet = { ...current, updatedAt: at, history: [...current.history, { at, action: 'export_override', by, note }] };
        await deps.packets().put(packet);
        return packet;
      });
    },

    async schedule({ today }) {
      return buildSchedule(await workspace.library.templates(), deps.packets().list(), today ?? workspace.today());
    },
  } satisfies FeatureHandlers<'packets'>;
}
