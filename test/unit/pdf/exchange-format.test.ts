// The packet exchange file: committed JSON Schema matches the zod schemas, files round-trip, bad files give clear errors.
import { describe, expect, it } from 'vitest';
import { ExchangeFormatError, parseExchangeText, stringifyExchange } from '../../../shared/exchange/io.js';
import { exchangeJsonSchema } from '../../../shared/exchange/json-schema.js';
import { canonicalExchange, canonicalExchangeJson } from '../../fixtures/canonical-packet.js';

describe('exchange file format', () => {
  it('has an up-to-date committed JSON Schema (run vitest -u after changing a schema)', async () => {
    await expect(`${JSON.stringify(exchangeJsonSchema(), null, 2)}\n`).toMatchFileSnapshot('../../../docs/exchange-format.schema.json');
  });

  it('reads what it writes', () => {
    const file = parseExchangeText(canonicalExchangeJson());
    expect(file).toEqual(canonicalExchange());
    expect(parseExchangeText(stringifyExchange(file))).toEqual(file);
  });

  it('refuses a file that lacks a referenced directive, naming it', () => {
    const raw = JSON.parse(canonicalExchangeJson()) as { directives: Array<{ id: string }> };
    raw.directives = raw.directives.filter((d) => d.id !== 'dir-nd09');
    expect(() => parseExchangeText(JSON.stringify(raw))).toThrow(/exchange\.missingReference:directiveIds:dir-nd09/);
  });

  it('refuses other versions, other JSON and broken documents with a clear message', () => {
    const raw = JSON.parse(canonicalExchangeJson()) as Record<string, unknown>;
    expect(() => parseExchangeText(JSON.stringify({ ...raw, formatVersion: 2 }))).toThrow(/Unsupported exchange formatVersion 2/);
    expect(() => parseExchangeText('{"formatVersion": 1,')).toThrow(ExchangeFormatError);
    expect(() => parseExchangeText('[]')).toThrow(/top level is not an object/);
    const broken = structuredClone(raw) as { packet: { sections: Array<{ content: unknown }> } };
    const first = broken.packet.sections[0];
    if (first) first.content = { type: 'doc', content: [{ type: 'marquee' }] };
    expect(() => parseExchangeText(JSON.stringify(broken))).toThrow(/packet\.sections\.0\.content/);
  });
});
