// Handlers shared by talking points and Q&A items: list, get, create, update through the revision rules, delete/undo, approve, revision diff, usage.
import type { z } from 'zod';
import { format } from '../../../shared/citations/index.js';
import { AppError } from '../../../shared/ipc/errors.js';
import type { LibraryUsage } from '../../../shared/ipc/features/talking-points.js';
import { approve, edit, type LibraryItemChanges } from '../../../shared/library/approval.js';
import type { LibraryItem } from '../../../shared/library/content.js';
import type { FieldDiff } from '../../../shared/library/revisions.js';
import type { ReferenceNames } from '../../../shared/library/doc-text.js';
import { newId, type Directive } from '../../../shared/model/index.js';
import type { CollectionRepository, PacketRepository } from '../../../shared/storage/repository.js';
import { nextTimestamp, sameInstant } from '../time.js';
import type { PacketReferenceIndex, ReferenceKind } from './library-usage.js';

export interface LibraryItemDeps<T extends LibraryItem, F> {
  /** The collection, read on first use. */
  items: () => Promise<CollectionRepository<T>>;
  directives: () => CollectionRepository<Directive>;
  packets: () => PacketRepository;
  usageIndex: PacketReferenceIndex;
  usageKind: ReferenceKind;
  now: () => Date;
  schema: z.ZodType<T>;
  schemaVersion: number;
  /** Throws a validation error naming the field when the fields refer to a directive or item the library does not hold. */
  checkReferences: (fields: F, id: string) => Promise<void>;
  /** Word diff between two revisions, or undefined when the item has no such revision. */
  compare: (item: T, from: number, to: number, names: ReferenceNames) => FieldDiff[] | undefined;
}

/** Short citations for diffs ("Kết luận số 57-KL/TW"); the id when the directive is gone. */
export function directiveNames(directives: CollectionRepository<Directive>): ReferenceNames {
  return {
    directiveName: (id) => {
      const directive = directives.get(id);
      if (!directive) return id;
      return (directive.symbol ? format(directive, 'short') : directive.title).normalize('NFC');
    },
  };
}

/** A validation error on one field of the `fields` payload. */
export function referenceError(path: Array<string | number>, message: string, id: string): AppError {
  return new AppError('validation', { id }, [{ path: ['fields', ...path], message }]);
}

export function libraryItemsApi<T extends LibraryItem, F extends LibraryItemChanges<T>>(deps: LibraryItemDeps<T, F>) {
  const existing = async (id: string): Promise<T> => {
    const item = (await deps.items()).get(id);
    if (!item) throw new AppError('not_found', { id });
    return item;
  };

  const checkExpected = (current: T, expectedUpdatedAt: string | undefined): void => {
    if (expectedUpdatedAt !== undefined && !sameInstant(expectedUpdatedAt, current.updatedAt)) {
      throw new AppError('conflict', { id: current.id, updatedAt: current.updatedAt });
    }
  };

  const save = async (item: T): Promise<T> => {
    const parsed = deps.schema.parse(item);
    await (await deps.items()).put(parsed);
    return parsed;
  };

  return {
    async list(): Promise<T[]> {
      return (await deps.items()).all().sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    },

    async get({ id }: { id: string }): Promise<T> {
      return existing(id);
    },

    async create({ fields }: { fields: F }): Promise<T> {
      const id = newId();
      await deps.checkReferences(fields, id);
      const at = nextTimestamp(deps.now());
      const draft = { status: 'draft', approvedBy: null, approvedAt: null };
      return save(deps.schema.parse({ ...fields, id, schemaVersion: deps.schemaVersion, createdAt: at, updatedAt: at, approval: draft, revision: 1, revisions: [] }));
    },

    async update({ id, fields, expectedUpdatedAt }: { id: string; fields: F; expectedUpdatedAt?: string | undefined }): Promise<T> {
      const current = await existing(id);
      checkExpected(current, expectedUpdatedAt);
      await deps.checkReferences(fields, id);
      return save(edit(current, fields, nextTimestamp(deps.now(), current.updatedAt)));
    },

    async delete({ id }: { id: string }): Promise<T> {
      await existing(id);
      const removed = await (await deps.items()).remove(id);
      if (!removed) throw new AppError('not_found', { id });
      return removed;
    },

    async undoDelete(item: T): Promise<T> {
      const items = await deps.items();
      if (items.has(item.id)) throw new AppError('conflict', { id: item.id });
      return save(item);
    },

    async approve({ id, approvedBy, reviewBy, expectedUpdatedAt }: { id: string; approvedBy: string; reviewBy?: string | null | undefined; expectedUpdatedAt?: string | undefined }): Promise<T> {
      const current = await existing(id);
      checkExpected(current, expectedUpdatedAt);
      const at = nextTimestamp(deps.now(), current.updatedAt);
      return save(approve(current, approvedBy, at, reviewBy ? { reviewBy } : {}));
    },

    async compareRevisions({ id, from, to }: { id: string; from: number; to: number }): Promise<FieldDiff[]> {
      const item = await existing(id);
      const diffs = deps.compare(item, from, to, directiveNames(deps.directives()));
      if (!diffs) throw new AppError('not_found', { id, revision: String(from === item.revision || item.revisions.some((r) => r.revision === from) ? to : from) });
      return diffs;
    },

    async usage({ id }: { id: string }): Promise<LibraryUsage[]> {
      await existing(id);
      return deps.usageIndex.usage(deps.packets(), deps.usageKind, id);
    },
  };
}
