// A data folder with history for the damage tests: two backups (the victims changed between them), edits after the newest, and the expected state.
import path from 'node:path';
import { dispatch } from '../../../electron/services/dispatch.js';
import { openServices } from '../../../electron/services/index.js';
import { shardFileName, shardOf } from '../../../electron/services/storage/collection-store.js';
import type { Services } from '../../../electron/services/types.js';
import type { Feature, InputOf, Method, OutputOf } from '../../../shared/ipc/contract.js';
import type { EventName, Events } from '../../../shared/ipc/events.js';
import type { Directive, DirectiveFieldsInput, Packet, PacketFields, Settings } from '../../../shared/model/index.js';

export const RESOURCES_DIR = path.resolve('resources');
const SHARDS = 16;

export interface OpenedFolder {
  services: Services;
  events: Array<{ event: EventName; payload: Events[EventName] }>;
}

export async function openFolder(dataDir: string): Promise<OpenedFolder> {
  const events: OpenedFolder['events'] = [];
  const services = await openServices({ dataDir, resourcesDir: RESOURCES_DIR, appVersion: '0.0.0-test', emit: (event, payload) => events.push({ event, payload }) });
  return { services, events };
}

/** A contract call through dispatch (payload validated like the bridge's); throws with the BridgeError when it fails. */
export async function call<F extends Feature, M extends Method<F>>(services: Services, feature: F, method: M, input: InputOf<F, M>): Promise<OutputOf<F, M>> {
  const result = await dispatch(services.handlers, feature, method, input);
  if (!result.ok) throw new Error(`${feature}.${method}: ${JSON.stringify(result.error)}`);
  // dispatch returns this very channel's handler value.
  return result.value as OutputOf<F, M>;
}

function directive(n: number, note: string): DirectiveFieldsInput {
  return {
    type: 'Chỉ thị',
    number: String(n),
    symbol: `${n}/CT-TTg`,
    issueDate: `2024-0${(n % 9) + 1}-1${n % 10}`,
    issuer: 'Thủ tướng Chính phủ',
    title: `tăng cường công tác thông tin đối ngoại, đợt ${n}`,
    notes: note,
  };
}

function packet(title: string, text: string): PacketFields {
  return {
    title,
    documentNumber: '',
    variables: { ky_bao_cao: 'tháng 11/2026' },
    sections: [
      {
        id: `sec-${title.length}-main`,
        title: 'Thông điệp chính',
        templateSectionId: null,
        internalOnly: false,
        recurring: true,
        guidance: '',
        content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
        auto: null,
      },
    ],
    templateId: null,
    period: { kind: 'month', year: 2026, month: 11 },
    briefingDate: '2026-11-28',
    layoutPreset: 'nd30',
    previousPacketId: null,
  };
}

export interface FolderWithHistory {
  /** Newest backup: holds the victims' second versions. */
  newestBackupId: string;
  olderBackupId: string;
  /** What the services must show after any recovery: the victims as in the newest backup, everything else as last saved. */
  directives: Directive[];
  packets: Packet[];
  settings: Settings;
  /** Data-folder-relative paths of the two victim files. */
  victimShard: string;
  victimPacket: string;
}

/** Fills `dataDir` and closes it again; only the victim files stay unchanged after the newest backup. */
export async function folderWithHistory(dataDir: string): Promise<FolderWithHistory> {
  const { services } = await openFolder(dataDir);
  try {
    const directives: Directive[] = [];
    for (let n = 1; n <= 40; n++) directives.push(await call(services, 'directives', 'create', { fields: directive(n, 'bản đầu') }));
    const packets: Packet[] = [];
    for (const title of ['Họp báo định kỳ tháng 11', 'Họp báo quý IV', 'Thông tin đối ngoại về nhân quyền']) {
      packets.push(await call(services, 'packets', 'create', { fields: packet(title, `${title}: bản đầu.`) }));
    }
    await call(services, 'settings', 'update', { fields: { agencyName: 'Sở Thông tin và Truyền thông', placeName: 'Huế' } });
    const older = await call(services, 'system', 'createBackup', {});

    const [victimDirective, victimPacket] = [directives[0], packets[0]];
    if (!victimDirective || !victimPacket) throw new Error('fixture has no victims');
    const victimShardIndex = shardOf(victimDirective.id, SHARDS);
    await call(services, 'directives', 'update', { id: victimDirective.id, fields: directive(1, 'bản thứ hai, có trong bản sao lưu mới nhất') });
    await call(services, 'packets', 'save', { id: victimPacket.id, fields: packet('Họp báo định kỳ tháng 11', 'Bản thứ hai, có trong bản sao lưu mới nhất.') });
    const newest = await call(services, 'system', 'createBackup', {});

    // After the newest backup: edits everywhere except in the two victim files must survive the recovery.
    for (const d of directives.filter((x) => shardOf(x.id, SHARDS) !== victimShardIndex).slice(0, 10)) {
      await call(services, 'directives', 'update', { id: d.id, fields: directive(Number(d.number), 'sửa sau bản sao lưu') });
    }
    for (const p of packets.slice(1)) await call(services, 'packets', 'save', { id: p.id, fields: packet(p.title, `${p.title}: sửa sau bản sao lưu.`) });
    await call(services, 'settings', 'update', { fields: { spokespersonName: 'Nguyễn Văn An' } });

    return {
      newestBackupId: newest.id,
      olderBackupId: older.id,
      directives: await call(services, 'directives', 'list', {}),
      packets: await Promise.all(packets.map((p) => call(services, 'packets', 'get', { id: p.id }))),
      settings: await call(services, 'settings', 'get', {}),
      victimShard: `library/${shardFileName('directives', victimShardIndex, SHARDS)}`,
      victimPacket: `packets/${victimPacket.id}.json`,
    };
  } finally {
    await services.close();
  }
}
