// The app's starter directive registry (resources/starter/directives.json) as create payloads, to give screens real content.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { directiveSchema, type DirectiveFieldsInput } from '../../../shared/model/index.js';
import { RESOURCES_DIR } from '../host/paths.js';

export async function starterDirectiveFields(): Promise<DirectiveFieldsInput[]> {
  const text = await readFile(path.join(RESOURCES_DIR, 'starter', 'directives.json'), 'utf8');
  const directives = z.array(directiveSchema).parse(JSON.parse(text));
  return directives.map(({ id: _id, schemaVersion: _version, createdAt: _created, updatedAt: _updated, supersededBy: _supersededBy, ...fields }) => fields);
}
