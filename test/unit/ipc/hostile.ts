// Hostile payloads for the IPC property tests: random values, and valid examples with keys removed, added or replaced by
// wrong types, NaN/Infinity, huge strings, deep nesting, prototype-pollution keys and impossible dates.
import fc from 'fast-check';

/** Longer than any text field allows (rich text: 1,000,000); ASCII, so NFC normalisation stays cheap. */
const HUGE_STRING = 'a'.repeat(1_000_001);
const LONG_VIETNAMESE = 'Quyền con người '.repeat(2_000);

function nested(depth: number, wrap: (inner: unknown) => unknown, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

/** Built once: a payload's leaves point at these, so each run stays cheap. */
const DEEP_ARRAY = nested(20_000, (inner) => [inner], 1);
const DEEP_OBJECT = nested(20_000, (inner) => ({ a: inner }), null);
const DEEP_RICH_TEXT = {
  type: 'doc',
  content: [nested(5_000, (inner) => ({ type: 'blockquote', content: [inner] }), { type: 'paragraph' })],
};

/** Objects whose own keys are "__proto__" / "constructor", as JSON.parse and structured clone deliver them. */
function pollution(): unknown[] {
  return [
    JSON.parse('{"__proto__": {"polluted": "yes"}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
    JSON.parse('{"__proto__": {"toString": "not a function"}, "id": "abcdef123"}'),
    Object.assign(Object.create(null), { id: 'nullproto1', fields: {} }),
  ];
}

const HOSTILE_VALUES: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  -1,
  0.5,
  '',
  ' ',
  '\u0000',
  '\uD800',
  'a'.repeat(65),
  HUGE_STRING,
  LONG_VIETNAMESE,
  'quye\u0302\u0300n con ngu\u031Bo\u031B\u0300i',
  '2024-02-30',
  '2024-13-01',
  '2024-02-29T25:00:00Z',
  '2026-11-26T09:30:00',
  '0000-00-00',
  'yesterday',
  new Date('2026-11-26T09:30:00Z'),
  new Date(Number.NaN),
  null,
  undefined,
  true,
  false,
  [],
  {},
  [null],
  DEEP_ARRAY,
  DEEP_OBJECT,
  DEEP_RICH_TEXT,
  ...pollution(),
  10n,
  new Map([['id', 'abcdef123']]),
  new Set(['a']),
  new Uint8Array([0x7b, 0x7d]),
  'javascript:alert(1)',
  '../../../../etc/passwd',
  '<img src=x onerror=alert(1)>',
];

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }) },
);

const hostileKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', 'id', 'fields', 'then'), fc.string({ maxLength: 12 }));

type Path = Array<string | number>;

function pathsOf(value: unknown, prefix: Path = [], into: Path[] = []): Path[] {
  into.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], into));
  else if (value !== null && typeof value === 'object') for (const [key, inner] of Object.entries(value)) pathsOf(inner, [...prefix, key], into);
  return into;
}

/** `at` picks the path into the example; `nth` picks which key or element a removal takes. */
type Mutation = { op: 'remove' | 'add' | 'replace'; at: number; nth: number; key: string; value: unknown };

/** Sets an own property even for "__proto__" (plain assignment would change the prototype instead). */
function define(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies the mutations at paths of the (small) example only, so hostile values already inserted are never walked into. */
function apply(example: unknown, paths: readonly Path[], mutations: readonly Mutation[]): unknown {
  const root: Record<string, unknown> = { value: structuredClone(example) };
  for (const { op, at, nth, key, value } of mutations) {
    const path = paths[at % paths.length] ?? [];
    let container: Record<string | number, unknown> = root;
    let last: string | number = 'value';
    let reachable = true;
    for (const step of path) {
      const next = container[last];
      if (next === null || typeof next !== 'object' || !(Array.isArray(next) || Object.getPrototypeOf(next) === Object.prototype)) {
        reachable = false;
        break;
      }
      container = next as Record<string | number, unknown>;
      last = step;
    }
    if (!reachable) continue;
    const target = container[last];
    const plain = Array.isArray(target) || (target !== null && typeof target === 'object' && Object.getPrototypeOf(target) === Object.prototype);
    if (op === 'replace' || !plain) define(container, last, value);
    else if (Array.isArray(target)) {
      if (op === 'remove') target.splice(nth % Math.max(1, target.length), 1);
      else target.push(value);
    } else if (op === 'remove') Reflect.deleteProperty(target, Object.keys(target)[nth % Math.max(1, Object.keys(target).length)] ?? key);
    else define(target, key, value);
  }
  return root.value;
}

/** A valid example with one to three keys removed, added or given a hostile value. */
export function mutated(example: unknown): fc.Arbitrary<unknown> {
  const mutation = fc.record({ op: fc.constantFrom('remove' as const, 'add' as const, 'replace' as const), at: fc.nat(), nth: fc.nat(), key: hostileKey, value: hostileValue });
  const paths = pathsOf(example);
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => apply(example, paths, mutations));
}

/** Every kind of payload a compromised or buggy renderer could send for a channel whose valid example is given. */
export function hostilePayload(example: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: mutated(example) },
    { weight: 2, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.dictionary(hostileKey, hostileValue, { maxKeys: 4 }) },
  );
}
