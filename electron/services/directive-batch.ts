// Adding many directives at once (pasted citations, the starter registry) without ever storing one document twice.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BUNDLED_FILES, parseStarterDirectives } from '../../shared/content/bundle.js';
import { findSameDirective, mergeDirectiveFields } from '../../shared/directives/identity.js';
import type { StarterImportResult, StarterStatus, UpsertManyResult, UpsertOutcome } from '../../shared/ipc/features/directives.js';
import { AppError, toBridgeError } from '../../shared/ipc/errors.js';
import {
  DIRECTIVE_SCHEMA_VERSION,
  directiveFieldsSchema,
  directiveSchema,
  newId,
  type Directive,
  type DirectiveFields,
} from '../../shared/model/index.js';
import type { CollectionRepository } from '../../shared/storage/repository.js';
import { nextTimestamp } from './time.js';

export interface BatchDeps {
  directives: () => CollectionRepository<Directive>;
  now: () => Date;
  resourcesDir: string;
}

function storedFields(directive: Directive): DirectiveFields {
  const { id: _id, schemaVersion: _version, createdAt: _created, updatedAt: _updated, ...fields } = directive;
  return fields;
}

/**
 * Applies each item on its own: invalid fields or an unknown supersededBy fail that item only. An item naming a stored
 * document (or one added earlier in the same batch) merges into it. Everything that changed is written in one go.
 */
export async function upsertMany(deps: BatchDeps, items: ReadonlyArray<{ fields: Record<string, unknown> }>): Promise<UpsertManyResult> {
  const store = deps.directives();
  const pending = new Map<string, Directive>();
  const working = (): Iterable<Directive> => new Map([...store.all().map((d): [string, Directive] => [d.id, d]), ...pending]).values();
  const known = (id: string) => pending.has(id) || store.has(id);
  const outcomes: UpsertOutcome[] = [];

  items.forEach((item, index) => {
    try {
      const fields = directiveFieldsSchema.parse(item.fields);
      const target = findSameDirective(fields, working());
      if (!target) {
        if (fields.supersededBy !== null && !known(fields.supersededBy)) throw unknownSuccessor(fields.supersededBy);
        const at = nextTimestamp(deps.now());
        const created = directiveSchema.parse({ ...fields, id: newId(), schemaVersion: DIRECTIVE_SCHEMA_VERSION, createdAt: at, updatedAt: at });
        pending.set(created.id, created);
        outcomes.push({ index, status: 'created', directive: created });
        return;
      }
      const merged = mergeDirectiveFields(storedFields(target), fields);
      if (merged.changes.length === 0) {
        outcomes.push({ index, status: 'unchanged', directive: target });
        return;
      }
      const updated = directiveSchema.parse({ ...target, ...merged.fields, updatedAt: nextTimestamp(deps.now(), target.updatedAt) });
      pending.set(updated.id, updated);
      const createdHere = outcomes.some((o) => o.status === 'created' && o.directive.id === updated.id);
      outcomes.push({ index, status: createdHere ? 'unchanged' : 'updated', directive: updated });
    } catch (error) {
      outcomes.push({ index, status: 'failed', error: toBridgeError(error) });
    }
  });

  if (pending.size > 0) await store.putMany([...pending.values()]);
  // An item that merged into a directive also changed by a later item reports the directive as finally stored.
  const finalOutcomes = outcomes.map((o) => (o.status === 'failed' ? o : { ...o, directive: pending.get(o.directive.id) ?? o.directive }));
  const count = (status: UpsertOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  return { created: count('created'), updated: count('updated'), unchanged: count('unchanged'), failed: count('failed'), outcomes: finalOutcomes };
}

function unknownSuccessor(id: string): AppError {
  return new AppError('validation', { id }, [{ path: ['fields', 'supersededBy'], message: 'validation.supersededByUnknown' }]);
}

async function readStarter(resourcesDir: string): Promise<Directive[]> {
  const file = path.join(resourcesDir, ...BUNDLED_FILES.starterDirectives.split('/'));
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new AppError('not_found', { file: BUNDLED_FILES.starterDirectives });
  }
  return parseStarterDirectives(JSON.parse(text));
}

/** Each starter directive's counterpart in the library: the same id, or the same document stored under another id. */
function counterparts(starter: readonly Directive[], store: CollectionRepository<Directive>): Map<string, Directive> {
  const library = store.all();
  const found = new Map<string, Directive>();
  for (const directive of starter) {
    const match = store.get(directive.id) ?? findSameDirective(directive, library);
    if (match) found.set(directive.id, match);
  }
  return found;
}

export async function starterStatus(deps: BatchDeps): Promise<StarterStatus> {
  const starter = await readStarter(deps.resourcesDir);
  return { total: starter.length, present: counterparts(starter, deps.directives()).size };
}

/**
 * Adds the starter directives the library does not hold yet, keeping their ids (so a second import adds nothing) and
 * pointing "superseded by" at the library's own copy when the successor was already there under another id.
 */
export async function importStarter(deps: BatchDeps): Promise<StarterImportResult> {
  const store = deps.directives();
  const starter = await readStarter(deps.resourcesDir);
  const present = counterparts(starter, store);
  const at = nextTimestamp(deps.now());
  const added = starter
    .filter((directive) => !present.has(directive.id))
    .map((directive) => {
      const successor = directive.supersededBy === null ? null : (present.get(directive.supersededBy)?.id ?? directive.supersededBy);
      return directiveSchema.parse({ ...directive, supersededBy: successor, createdAt: at, updatedAt: at });
    });
  if (added.length > 0) await store.putMany(added);
  return { added, present: present.size };
}
