// JSON Schema of the exchange file, generated from the zod schemas (docs/exchange-format.schema.json is this, committed).
import { z } from 'zod';
import { EXCHANGE_FORMAT_VERSION, exchangeFileSchema } from './schema.js';

/** The schema as written to docs/: what a file may contain (input side: defaults may be left out). */
export function exchangeJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(exchangeFileSchema, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' });
  return {
    ...schema,
    $id: `https://spokesdesk.invalid/schemas/exchange-format-v${EXCHANGE_FORMAT_VERSION}.json`,
    title: 'Spokesdesk exchange file',
    description: 'A packet with the directives, talking points and Q&A it references (kind "packet"), or a library (kind "library").',
  };
}
