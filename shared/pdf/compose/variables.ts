// Packet variables: node values and "{{name}}" placeholders in titles and text, date variables written dd/mm/yyyy.
import type { ResolvedPacket } from './resolved.js';

const PLACEHOLDER = /\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}/g;

/** The printed value of a variable, or null when it has none. */
export function variableValue(resolved: ResolvedPacket, name: string): string | null {
  const declared = resolved.template?.variables.find((v) => v.name === name);
  const raw = (resolved.packet.variables[name] ?? declared?.default ?? '').trim();
  if (!raw) return null;
  if (declared?.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(raw)) return raw.split('-').reverse().join('/');
  return raw;
}

/** Replaces every "{{name}}" that has a value; names without one are passed to `unfilled` and left visible. */
export function fillPlaceholders(text: string, resolved: ResolvedPacket, unfilled: (name: string) => void): string {
  if (!text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = variableValue(resolved, name);
    if (value === null) {
      unfilled(name);
      return whole;
    }
    return value;
  });
}
