// The app's starter directive registry (resources/starter/directives.json) as create payloads, to give screens real content.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { directiveSchema, type DirectiveFieldsInput } from '../../../shared/model/index.js';
import { RESOURCES_DIR } from '../host/paths.js';
import { hostCall } from './host-call.js';

export async function starterDirectiveFields(): Promise<DirectiveFieldsInput[]> {
  const text = await readFile(path.join(RESOURCES_DIR, 'starter', 'directives.json'), 'utf8');
  const directives = z.array(directiveSchema).parse(JSON.parse(text));
  return directives.map(({ id: _id, schemaVersion: _version, createdAt: _created, updatedAt: _updated, supersededBy: _supersededBy, ...fields }) => fields);
}

/** Creates every starter directive through the host (as typed-in documents, not the starter import); how many there are. */
export async function createStarterDirectives(hostUrl: string): Promise<number> {
  const starter = await starterDirectiveFields();
  for (const fields of starter) await hostCall(hostUrl, 'directives', 'create', { fields });
  return starter.length;
}
