// Template handlers: the user's templates (stored) and the built-in ones (read-only, from resources/templates): list, get, create, update, delete/undo, duplicate.
import type { FeatureHandlers } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import { duplicateTemplate } from '../../../shared/library/templates.js';
import { TEMPLATE_SCHEMA_VERSION, newId, templateSchema, type Template, type TemplateFields } from '../../../shared/model/index.js';
import type { CollectionRepository } from '../../../shared/storage/repository.js';
import { nextTimestamp, sameInstant } from '../time.js';
import type { PacketLibrarySource } from './packet-library.js';

export interface TemplatesDeps {
  templates: () => CollectionRepository<Template>;
  /** Stored templates plus the built-in ones not stored under their id. */
  library: Pick<PacketLibrarySource, 'templates' | 'template'>;
  now: () => Date;
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Built-in first, then by name. */
function compareTemplates(a: Template, b: Template): number {
  if (a.builtIn !== b.builtIn) return a.builtIn ? -1 : 1;
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A user's template: store-managed fields set, section ids kept (new sections get theirs in the renderer), never built in. */
function stored(fields: TemplateFields, id: string, createdAt: string, updatedAt: string): Template {
  return templateSchema.parse({ ...fields, builtIn: false, id, schemaVersion: TEMPLATE_SCHEMA_VERSION, createdAt, updatedAt });
}

export function templatesApi(deps: TemplatesDeps): FeatureHandlers<'templates'> {
  const find = async (id: string): Promise<Template> => {
    const template = await deps.library.template(id);
    if (!template) throw new AppError('not_found', { id });
    return template;
  };

  /** The user's own template `id`; a built-in one is refused. */
  const own = async (id: string): Promise<Template> => {
    const template = await find(id);
    if (template.builtIn || !deps.templates().has(id)) throw new AppError('forbidden', { id, name: template.name });
    return template;
  };

  return {
    async list() {
      return (await deps.library.templates()).sort(compareTemplates);
    },

    async get({ id }) {
      return find(id);
    },

    async create({ fields }) {
      const at = nextTimestamp(deps.now());
      const template = stored(fields, newId(), at, at);
      await deps.templates().put(template);
      return template;
    },

    async update({ id, fields, expectedUpdatedAt }) {
      const current = await own(id);
      if (expectedUpdatedAt !== undefined && !sameInstant(expectedUpdatedAt, current.updatedAt)) {
        throw new AppError('conflict', { id, updatedAt: current.updatedAt });
      }
      const template = stored(fields, id, current.createdAt, nextTimestamp(deps.now(), current.updatedAt));
      await deps.templates().put(template);
      return template;
    },

    async delete({ id }) {
      await own(id);
      const removed = await deps.templates().remove(id);
      if (!removed) throw new AppError('not_found', { id });
      return removed;
    },

    async undoDelete({ template }) {
      if (template.builtIn) throw new AppError('forbidden', { id: template.id, name: template.name });
      if (deps.templates().has(template.id)) throw new AppError('conflict', { id: template.id });
      await deps.templates().put(template);
      return template;
    },

    async duplicate({ id }) {
      const copy = templateSchema.parse(duplicateTemplate(await find(id), nextTimestamp(deps.now())));
      await deps.templates().put(copy);
      return copy;
    },
  };
}
