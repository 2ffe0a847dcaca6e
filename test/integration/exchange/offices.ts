// Two offices' data folders for exchange tests: open, seed a directive, a talking point citing it and a packet using both.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../../electron/services/dispatch.js';
import { openServices } from '../../../electron/services/index.js';
import type { Services } from '../../../electron/services/types.js';
import type { Feature, InputOf, Method, OutputOf } from '../../../shared/ipc/contract.js';
import type { BridgeResult } from '../../../shared/ipc/errors.js';
import type { Packet, TalkingPoint } from '../../../shared/model/index.js';
import { PACKET_FIELDS, SEED_DIRECTIVE } from '../../unit/ipc/examples.js';

export interface Office {
  dataDir: string;
  services: Services;
  /** An exchange call through dispatch (validated like IPC), answering a BridgeResult. */
  exchange<M extends Method<'exchange'>>(method: M, input: InputOf<'exchange', M>): Promise<BridgeResult<OutputOf<'exchange', M>>>;
  close(): Promise<void>;
}

export async function openOffice(): Promise<Office> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-exchange-'));
  const services = await openServices({ dataDir, resourcesDir: path.resolve('resources'), appVersion: '0.0.0-test' });
  const unexpected: unknown[] = [];
  return {
    dataDir,
    services,
    async exchange(method, input) {
      const result = await dispatch(services.handlers, 'exchange', method, input, (error) => unexpected.push(error));
      if (unexpected.length > 0) throw new Error(`unexpected error in exchange.${method}: ${String(unexpected[0])}`);
      return result as BridgeResult<OutputOf<'exchange', typeof method>>;
    },
    async close() {
      await services.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function value<T>(result: BridgeResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** A call to any channel through dispatch, failing the test on an error. */
export async function call(office: Office, feature: Feature, method: string, input: unknown): Promise<unknown> {
  const result = await dispatch(office.services.handlers, feature, method, input);
  return value(result);
}

const doc = (content: unknown[]) => ({ type: 'doc', content });

/** The seeded directive, a talking point whose proof point cites it, and a packet citing the directive and embedding the point. */
export async function seedOffice(office: Office): Promise<{ packetId: string; talkingPointId: string }> {
  await call(office, 'directives', 'undoDelete', { directive: SEED_DIRECTIVE });
  const talkingPoint = (await call(office, 'talkingPoints', 'create', {
    fields: {
      title: 'Bảo đảm quyền con người là nhất quán',
      message: doc([{ type: 'paragraph', content: [{ type: 'text', text: 'Việt Nam luôn nhất quán.' }] }]),
      proofPoints: [{ id: 'proof-1', text: 'Theo Kết luận 57.', source: { kind: 'directive', directiveId: SEED_DIRECTIVE.id } }],
      audience: 'foreign_press',
      tags: ['nhân quyền'],
    },
  })) as TalkingPoint;
  const packet = (await call(office, 'packets', 'create', {
    fields: {
      ...PACKET_FIELDS,
      sections: [
        {
          id: 'section-main',
          title: 'Thông điệp chính',
          content: doc([
            { type: 'paragraph', content: [{ type: 'citation', attrs: { directiveId: SEED_DIRECTIVE.id, pinpoint: 'Mục 2' } }] },
            { type: 'talkingPointBlock', attrs: { talkingPointId: talkingPoint.id, revision: 1 } },
          ]),
        },
      ],
    },
  })) as Packet;
  return { packetId: packet.id, talkingPointId: talkingPoint.id };
}

/** A seeded office, its packet exported, and that export parsed: the base file the property tests mutate. */
export async function openOfficeWithPacketExport(): Promise<{ office: Office; base: unknown }> {
  const office = await openOffice();
  const { packetId } = await seedOffice(office);
  const base: unknown = JSON.parse(new TextDecoder().decode(value(await office.exchange('exportPacket', { id: packetId })).bytes));
  await office.services.flush();
  return { office, base };
}
