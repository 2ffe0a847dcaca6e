// Punycode (RFC 3492) decoding of host labels, so a link's "xn--" host can be shown beside its Unicode form (no Node built-in in shared/).
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_CODE_POINT = 128;
const MAX_CODE_POINT = 0x10ffff;
const MAX_INDEX = 0x7fffffff;

function adapt(delta: number, points: number, first: boolean): number {
  let scaled = first ? Math.floor(delta / DAMP) : Math.floor(delta / 2);
  scaled += Math.floor(scaled / points);
  let k = 0;
  while (scaled > ((BASE - T_MIN) * T_MAX) / 2) {
    scaled = Math.floor(scaled / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * scaled) / (scaled + SKEW));
}

/** The value of one punycode digit (a–z = 0–25, 0–9 = 26–35), or BASE when the character is not one. */
function digitValue(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  return BASE;
}

/** Decodes the part of a label after "xn--"; null when it is not valid punycode. */
export function decodePunycode(encoded: string): string | null {
  const basicEnd = encoded.lastIndexOf('-');
  const output: number[] = [];
  for (const char of basicEnd > 0 ? encoded.slice(0, basicEnd) : '') {
    const code = char.charCodeAt(0);
    if (code >= 0x80) return null;
    output.push(code);
  }
  let codePoint = INITIAL_CODE_POINT;
  let bias = INITIAL_BIAS;
  let index = 0;
  let position = basicEnd > 0 ? basicEnd + 1 : 0;
  while (position < encoded.length) {
    const previousIndex = index;
    let weight = 1;
    for (let k = BASE; ; k += BASE) {
      const char = encoded[position++];
      if (char === undefined) return null;
      const digit = digitValue(char);
      if (digit >= BASE) return null;
      index += digit * weight;
      if (index > MAX_INDEX) return null;
      const threshold = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < threshold) break;
      weight *= BASE - threshold;
    }
    bias = adapt(index - previousIndex, output.length + 1, previousIndex === 0);
    codePoint += Math.floor(index / (output.length + 1));
    if (codePoint > MAX_CODE_POINT) return null;
    index %= output.length + 1;
    output.splice(index, 0, codePoint);
    index += 1;
  }
  return String.fromCodePoint(...output);
}

/** A host with each "xn--" label in Unicode; labels that do not decode are left as they are. */
export function hostToUnicode(host: string): string {
  return host
    .split('.')
    .map((label) => (label.toLowerCase().startsWith('xn--') ? (decodePunycode(label.slice(4)) ?? label) : label))
    .join('.');
}
