// Template channels: the built-in templates (read-only, duplicated to change them) and the user's own: list, read, create, update, delete and undo, duplicate.
import { z } from 'zod';
import { idSchema, isoDateTimeSchema, templateFieldsSchema, templateSchema, type Template } from '../../model/index.js';
import { channel } from '../define.js';

export const templatesChannels = {
  /** The user's templates and the built-in ones (builtIn: true), by name. */
  list: channel<Template[]>()(z.object({}).strict()),
  get: channel<Template>()(z.object({ id: idSchema }).strict()),
  /** A new template of the user (builtIn is always false). */
  create: channel<Template>()(z.object({ fields: templateFieldsSchema }).strict()),
  /** Refused (forbidden) for a built-in template: duplicate it instead. */
  update: channel<Template>()(z.object({ id: idSchema, fields: templateFieldsSchema, expectedUpdatedAt: isoDateTimeSchema.optional() }).strict()),
  /** Refused (forbidden) for a built-in template. */
  delete: channel<Template>()(z.object({ id: idSchema }).strict()),
  undoDelete: channel<Template>()(z.object({ template: templateSchema }).strict()),
  /** "Nhân bản": the user's own copy ("… (bản sao)") with new ids, stored and returned. */
  duplicate: channel<Template>()(z.object({ id: idSchema }).strict()),
};
