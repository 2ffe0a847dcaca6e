// Every contract channel has a hand-written valid payload for the property tests to mutate (a new channel must add one).
import { describe, expect, it } from 'vitest';
import { contractChannels } from '../../../shared/ipc/contract.js';
import { validExamples } from './examples.js';

const EXAMPLES = validExamples('examplePacket01');

describe('the property tests know a valid payload of', () => {
  it.each(contractChannels())('$name', ({ name, input }) => {
    expect(Object.hasOwn(EXAMPLES, name), `add a valid payload for ${name} to test/unit/ipc/examples.ts`).toBe(true);
    const parsed = input.safeParse(EXAMPLES[name]);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
