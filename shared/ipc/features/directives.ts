// Directive library channels: list, read, create, update, delete and undo of a delete.
import { z } from 'zod';
import { directiveFieldsSchema, directiveSchema, idSchema, isoDateTimeSchema, type Directive } from '../../model/index.js';
import { channel } from '../define.js';

export const directivesChannels = {
  list: channel<Directive[]>()(z.object({}).strict()),
  get: channel<Directive>()(z.object({ id: idSchema }).strict()),
  create: channel<Directive>()(z.object({ fields: directiveFieldsSchema }).strict()),
  /** `expectedUpdatedAt` guards against overwriting an edit made elsewhere (conflict error). */
  update: channel<Directive>()(
    z.object({ id: idSchema, fields: directiveFieldsSchema, expectedUpdatedAt: isoDateTimeSchema.optional() }).strict(),
  ),
  delete: channel<Directive>()(z.object({ id: idSchema }).strict()),
  /** Puts back a directive returned by `delete` (undo). */
  undoDelete: channel<Directive>()(z.object({ directive: directiveSchema }).strict()),
};
