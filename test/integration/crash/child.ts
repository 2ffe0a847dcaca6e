// The crash-test editor: a separate process that opens the services on a folder and saves continuously until it is killed.
// Usage: child <dataDir> <resourcesDir> <seed>; it loads, waits for "go" on stdin, opens the folder, prints a ready line,
// then prints an intent line before every call and an ack line after the call's promise resolved.
import { dispatch } from '../../../electron/services/dispatch.js';
import { openServices } from '../../../electron/services/index.js';
import type { Services } from '../../../electron/services/types.js';
import type { Feature, InputOf, Method, OutputOf } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import { directiveFieldsSchema, newId, packetFieldsSchema } from '../../../shared/model/index.js';
import { directiveFields, packetFields, Random } from './content.js';
import { fieldsFingerprint, fingerprint, markerOf, settingsAgency, type AckLine, type ChildLine, type IntentLine } from './protocol.js';

const DIRECTIVE_KEYS = Object.keys(directiveFieldsSchema.shape);
const PACKET_KEYS = Object.keys(packetFieldsSchema.shape);
const DIRECTIVES_PER_WORKER = 24;
const PACKETS_PER_WORKER = 4;
const OPEN_RETRY_MS = 100;
const OPEN_GIVE_UP_MS = 10_000;

const [dataDir, resourcesDir, seedText] = process.argv.slice(2);
if (!dataDir || !resourcesDir || !seedText) throw new Error('usage: child <dataDir> <resourcesDir> <seed>');
const random = new Random(Number(seedText));
let createCount = 0;

/** A pipe write on Linux is synchronous: once this returns, the parent can read the line even if we are killed next. */
function print(line: ChildLine): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

async function call<F extends Feature, M extends Method<F>>(services: Services, feature: F, method: M, input: InputOf<F, M>): Promise<OutputOf<F, M>> {
  const result = await dispatch(services.handlers, feature, method, input);
  if (!result.ok) throw new Error(`${feature}.${method} failed: ${JSON.stringify(result.error)}`);
  // dispatch returns this very channel's handler value.
  return result.value as OutputOf<F, M>;
}

function newKey(): string {
  createCount += 1;
  return `k${process.pid}-${createCount}`;
}

async function waitForGo(): Promise<void> {
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  process.stdin.pause();
}

async function openWithRetry(): Promise<{ services: Services; attempts: number }> {
  const started = Date.now();
  for (let attempts = 1; ; attempts++) {
    try {
      return { services: await openServices({ dataDir: dataDir ?? '', resourcesDir: resourcesDir ?? '', appVersion: 'crash-test' }), attempts };
    } catch (error) {
      const inUse = error instanceof AppError && error.details.reason === 'data_folder_in_use';
      if (!inUse || Date.now() - started > OPEN_GIVE_UP_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, OPEN_RETRY_MS));
    }
  }
}

interface Owned {
  id: string;
  rev: number;
  key: string;
  updatedAt: string;
  sectionIds: string[];
}

async function directiveWorker(services: Services, owned: Owned[]): Promise<never> {
  for (;;) {
    const roll = random.next();
    if (owned.length < DIRECTIVES_PER_WORKER || roll < 0.08) {
      const key = newKey();
      const input = directiveFields(random, 1, key);
      print(intent('directive', 'create', null, key, 1, fieldsFingerprint(directiveFieldsSchema.parse(input), DIRECTIVE_KEYS)));
      const created = await call(services, 'directives', 'create', { fields: input });
      owned.push({ id: created.id, rev: 1, key, updatedAt: created.updatedAt, sectionIds: [] });
      print(ack('directive', 'create', created.id, key, 1, fingerprint(created)));
    } else if (roll < 0.16) {
      const [item] = owned.splice(random.int(0, owned.length - 1), 1);
      if (!item) continue;
      print(intent('directive', 'delete', item.id, item.key, null, null));
      await call(services, 'directives', 'delete', { id: item.id });
      print(ack('directive', 'delete', item.id, item.key, null, null));
    } else {
      const item = random.pick(owned);
      const rev = item.rev + 1;
      const input = directiveFields(random, rev, item.key);
      print(intent('directive', 'update', item.id, item.key, rev, fieldsFingerprint(directiveFieldsSchema.parse(input), DIRECTIVE_KEYS)));
      const updated = await call(services, 'directives', 'update', { id: item.id, fields: input, expectedUpdatedAt: item.updatedAt });
      Object.assign(item, { rev, updatedAt: updated.updatedAt });
      print(ack('directive', 'update', item.id, item.key, rev, fingerprint(updated)));
    }
  }
}

async function packetWorker(services: Services, owned: Owned[]): Promise<never> {
  for (;;) {
    const roll = random.next();
    if (owned.length < PACKETS_PER_WORKER || roll < 0.03) {
      const key = newKey();
      const sectionIds = Array.from({ length: random.int(2, 5) }, () => newId());
      const input = packetFields(random, 1, key, sectionIds);
      print(intent('packet', 'create', null, key, 1, fieldsFingerprint(packetFieldsSchema.parse(input), PACKET_KEYS)));
      const created = await call(services, 'packets', 'create', { fields: input });
      owned.push({ id: created.id, rev: 1, key, updatedAt: created.updatedAt, sectionIds });
      print(ack('packet', 'create', created.id, key, 1, fingerprint(created)));
    } else if (roll < 0.06) {
      const [item] = owned.splice(random.int(0, owned.length - 1), 1);
      if (!item) continue;
      print(intent('packet', 'delete', item.id, item.key, null, null));
      await call(services, 'packets', 'delete', { id: item.id });
      print(ack('packet', 'delete', item.id, item.key, null, null));
    } else {
      const item = random.pick(owned);
      const rev = item.rev + 1;
      const input = packetFields(random, rev, item.key, item.sectionIds);
      print(intent('packet', 'update', item.id, item.key, rev, fieldsFingerprint(packetFieldsSchema.parse(input), PACKET_KEYS)));
      const saved = await call(services, 'packets', 'save', { id: item.id, fields: input, expectedUpdatedAt: item.updatedAt });
      Object.assign(item, { rev, updatedAt: saved.updatedAt });
      print(ack('packet', 'update', item.id, item.key, rev, fingerprint(saved)));
    }
  }
}

async function settingsWorker(services: Services, startRev: number): Promise<never> {
  for (let rev = startRev + 1; ; rev++) {
    await new Promise((resolve) => setTimeout(resolve, random.int(5, 40)));
    print(intent('settings', 'update', 'settings', null, rev, null));
    const settings = await call(services, 'settings', 'update', { fields: { agencyName: settingsAgency(rev) } });
    print(ack('settings', 'update', 'settings', null, rev, fingerprint(settings)));
  }
}

function intent(kind: IntentLine['kind'], op: IntentLine['op'], id: string | null, key: string | null, rev: number | null, content: string | null): IntentLine {
  return { t: 'intent', kind, op, id, key, rev, content };
}

function ack(kind: AckLine['kind'], op: AckLine['op'], id: string, key: string | null, rev: number | null, hash: string | null): AckLine {
  return { t: 'ack', kind, op, id, key, rev, hash };
}

/** Splits what the folder holds between two workers of each kind, so every document has one writer and its edits are ordered. */
async function readState(services: Services) {
  const directives = await call(services, 'directives', 'list', {});
  const summaries = await call(services, 'packets', 'list', {});
  const packets = await Promise.all(summaries.map((s) => call(services, 'packets', 'get', { id: s.id })));
  const settings = await call(services, 'settings', 'get', {});
  const ownedDirectives = directives.flatMap((d) => {
    const marker = markerOf('directive', d);
    return marker?.key ? [{ id: d.id, rev: marker.rev, key: marker.key, updatedAt: d.updatedAt, sectionIds: [] }] : [];
  });
  const ownedPackets = packets.flatMap((p) => {
    const marker = markerOf('packet', p);
    return marker?.key ? [{ id: p.id, rev: marker.rev, key: marker.key, updatedAt: p.updatedAt, sectionIds: p.sections.map((s) => s.id) }] : [];
  });
  return { directives, packets, settings, ownedDirectives, ownedPackets, settingsRev: markerOf('settings', settings)?.rev ?? 0 };
}

async function main(): Promise<void> {
  await waitForGo();
  const { services, attempts } = await openWithRetry();
  const state = await readState(services);
  const incidents = await call(services, 'system', 'storageIncidents', {});
  print({
    t: 'ready',
    pid: process.pid,
    directives: Object.fromEntries(state.directives.map((d) => [d.id, d.updatedAt])),
    packets: Object.fromEntries(state.packets.map((p) => [p.id, p.updatedAt])),
    settingsUpdatedAt: state.settings.updatedAt,
    incidents: incidents.length,
    openAttempts: attempts,
  });
  const half = <T>(items: T[], n: number): T[] => items.filter((_, i) => i % 2 === n);
  await Promise.all([
    directiveWorker(services, half(state.ownedDirectives, 0)),
    directiveWorker(services, half(state.ownedDirectives, 1)),
    packetWorker(services, half(state.ownedPackets, 0)),
    packetWorker(services, half(state.ownedPackets, 1)),
    settingsWorker(services, state.settingsRev),
  ]);
}

main().catch((error: unknown) => {
  process.stderr.write(`crash-test editor failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
