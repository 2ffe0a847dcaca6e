// Hostile variations of a valid exchange file for the import property tests: mutated JSON, damaged bytes, arbitrary input.
import fc from 'fast-check';

/** Every path to a value inside `root` (objects and arrays), so a mutation can aim anywhere. */
function paths(root: unknown): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [[]];
  const walk = (node: unknown, at: Array<string | number>): void => {
    const children: Array<[string | number, unknown]> = Array.isArray(node)
      ? node.map((child: unknown, i) => [i, child])
      : typeof node === 'object' && node !== null
        ? Object.entries(node)
        : [];
    for (const [key, child] of children) {
      out.push([...at, key]);
      walk(child, [...at, key]);
    }
  };
  walk(root, []);
  return out;
}

function setAt(root: unknown, at: ReadonlyArray<string | number>, replacement: unknown, remove: boolean): unknown {
  const copy: unknown = structuredClone(root);
  if (at.length === 0) return replacement;
  let node = copy as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = at[at.length - 1] ?? '';
  if (remove) Reflect.deleteProperty(node, last);
  else Object.defineProperty(node, last, { value: replacement, enumerable: true, writable: true, configurable: true });
  return copy;
}

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom('', '../../etc/passwd', 'C:\\x', '\u0000', 'x'.repeat(70_000), '2099-01-01T00:00:00Z', -1, 1e308, null, true, [], {}),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 1, max: 400 }).map((depth) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true}}') as unknown),
);

const encoder = new TextEncoder();

/** Mutations of the exported file `base` (values replaced or removed, bytes flipped, truncation) and arbitrary JSON or bytes. */
export function fileBytes(base: unknown): fc.Arbitrary<Uint8Array> {
  const all = paths(base);
  const mutatedJson = fc
    .array(fc.tuple(fc.nat({ max: all.length - 1 }), hostileValue, fc.boolean()), { minLength: 1, maxLength: 3 })
    .map((changes) => {
      let doc = base;
      for (const [index, replacement, remove] of changes) {
        const at = all[index] ?? [];
        try {
          doc = setAt(doc, at, replacement, remove);
        } catch {
          // The path no longer exists after an earlier change: skip this one.
        }
      }
      return encoder.encode(JSON.stringify(doc));
    });
  const baseBytes = encoder.encode(JSON.stringify(base));
  const damagedBytes = fc.tuple(fc.nat({ max: baseBytes.length - 1 }), fc.integer({ min: 0, max: 255 }), fc.boolean()).map(([at, byte, truncate]) => {
    if (truncate) return baseBytes.slice(0, at);
    const copy = baseBytes.slice();
    copy[at] = byte;
    return copy;
  });
  return fc.oneof(
    { weight: 6, arbitrary: mutatedJson },
    { weight: 2, arbitrary: damagedBytes },
    { weight: 1, arbitrary: fc.jsonValue().map((v) => encoder.encode(JSON.stringify(v) ?? '')) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }) },
  );
}
