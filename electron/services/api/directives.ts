// Directive library handlers: list (issue date newest first, then symbol), get, create, update with conflict check, delete and undo,
// bulk upsert, the starter registry and attachments.
import type { FeatureHandlers } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import { DIRECTIVE_SCHEMA_VERSION, directiveSchema, newId, type Attachment, type Directive, type DirectiveFields } from '../../../shared/model/index.js';
import type { CollectionRepository } from '../../../shared/storage/repository.js';
import { openableAttachmentPath, removeAttachmentFile, storeAttachment } from '../attachments.js';
import { importStarter, starterStatus, upsertMany } from '../directive-batch.js';
import { nextTimestamp, sameInstant } from '../time.js';

export interface DirectivesDeps {
  directives: () => CollectionRepository<Directive>;
  now: () => Date;
  /** The data folder (attachments/ lives in it). */
  dataDir: string;
  /** The app's resources/ folder (the starter registry). */
  resourcesDir: string;
  /** Opens a file with the system's default program; absent where there is no desktop (CLI). */
  openAttachment?: (filePath: string) => Promise<void>;
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Newest issue date first (undated last), then symbol in natural order, then subject. */
export function compareDirectives(a: Directive, b: Directive): number {
  if (a.issueDate !== b.issueDate) {
    if (a.issueDate === null) return 1;
    if (b.issueDate === null) return -1;
    return a.issueDate < b.issueDate ? 1 : -1;
  }
  return collator.compare(a.symbol, b.symbol) || collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function directivesApi(deps: DirectivesDeps) {
  let sorted: { store: CollectionRepository<Directive>; revision: number; list: Directive[] } | null = null;

  const existing = (id: string): Directive => {
    const directive = deps.directives().get(id);
    if (!directive) throw new AppError('not_found', { id });
    return directive;
  };

  const checkReferences = (id: string, fields: DirectiveFields): void => {
    const target = fields.supersededBy;
    if (!target) return;
    if (target === id) {
      throw new AppError('validation', { id }, [{ path: ['fields', 'supersededBy'], message: 'validation.supersededBySelf' }]);
    }
    if (!deps.directives().has(target)) {
      throw new AppError('validation', { id: target }, [{ path: ['fields', 'supersededBy'], message: 'validation.supersededByUnknown' }]);
    }
  };

  const checkExpected = (current: Directive, expectedUpdatedAt: string | undefined): void => {
    if (expectedUpdatedAt !== undefined && !sameInstant(expectedUpdatedAt, current.updatedAt)) {
      throw new AppError('conflict', { id: current.id, updatedAt: current.updatedAt });
    }
  };

  /** Stores the directive with another attachment, then removes the previous file when no directive uses it any more. */
  const replaceAttachment = async (current: Directive, attachment: Attachment | null): Promise<Directive> => {
    const directive = directiveSchema.parse({ ...current, attachment, updatedAt: nextTimestamp(deps.now(), current.updatedAt) });
    await deps.directives().put(directive);
    const previous = current.attachment?.storedName;
    if (previous && previous !== attachment?.storedName && !deps.directives().all().some((d) => d.attachment?.storedName === previous)) {
      await removeAttachmentFile(deps.dataDir, previous);
    }
    return directive;
  };

  const batch = { directives: deps.directives, now: deps.now, resourcesDir: deps.resourcesDir };

  return {
    async list() {
      const store = deps.directives();
      if (!sorted || sorted.store !== store || sorted.revision !== store.revision) {
        sorted = { store, revision: store.revision, list: store.all().sort(compareDirectives) };
      }
      return [...sorted.list];
    },

    async get({ id }) {
      return existing(id);
    },

    async create({ fields }) {
      const id = newId();
      checkReferences(id, fields);
      const at = nextTimestamp(deps.now());
      const directive = directiveSchema.parse({ ...fields, id, schemaVersion: DIRECTIVE_SCHEMA_VERSION, createdAt: at, updatedAt: at });
      await deps.directives().put(directive);
      return directive;
    },

    async update({ id, fields, expectedUpdatedAt }) {
      const current = existing(id);
      checkExpected(current, expectedUpdatedAt);
      checkReferences(id, fields);
      const directive = directiveSchema.parse({
        ...fields,
        id,
        schemaVersion: DIRECTIVE_SCHEMA_VERSION,
        createdAt: current.createdAt,
        updatedAt: nextTimestamp(deps.now(), current.updatedAt),
      });
      await deps.directives().put(directive);
      return directive;
    },

    async delete({ id }) {
      existing(id);
      const removed = await deps.directives().remove(id);
      if (!removed) throw new AppError('not_found', { id });
      return removed;
    },

    async undoDelete({ directive }) {
      if (deps.directives().has(directive.id)) throw new AppError('conflict', { id: directive.id });
      await deps.directives().put(directive);
      return directive;
    },

    async upsertMany({ items }) {
      return upsertMany(batch, items);
    },

    async starterStatus() {
      return starterStatus(batch);
    },

    async importStarter() {
      return importStarter(batch);
    },

    async attach({ id, fileName, dataBase64, expectedUpdatedAt }) {
      checkExpected(existing(id), expectedUpdatedAt);
      const attachment = await storeAttachment(deps.dataDir, fileName, dataBase64);
      // Read again: the copy took time, and the directive may have been saved meanwhile.
      const current = existing(id);
      checkExpected(current, expectedUpdatedAt);
      return replaceAttachment(current, attachment);
    },

    async removeAttachment({ id, expectedUpdatedAt }) {
      const current = existing(id);
      checkExpected(current, expectedUpdatedAt);
      if (current.attachment === null) return current;
      return replaceAttachment(current, null);
    },

    async openAttachment({ id }) {
      const { attachment } = existing(id);
      if (!attachment) throw new AppError('not_found', { id });
      const file = await openableAttachmentPath(deps.dataDir, attachment);
      if (!deps.openAttachment) throw new AppError('forbidden', { file: attachment.fileName });
      try {
        await deps.openAttachment(file);
      } catch (error) {
        throw new AppError('internal', { file: attachment.fileName, reason: error instanceof Error ? error.message : String(error) });
      }
      return null;
    },
  } satisfies FeatureHandlers<'directives'>;
}
