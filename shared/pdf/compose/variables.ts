// Packet variables in the exporter: the shared rules of shared/packets/variables.ts applied to a resolved packet.
import { fillPlaceholders as fill, printedVariableValue } from '../../packets/variables.js';
import type { ResolvedPacket } from './resolved.js';

/** The printed value of a variable, or null when it has none. */
export function variableValue(resolved: ResolvedPacket, name: string): string | null {
  return printedVariableValue(resolved.packet, resolved.template, name);
}

/** Replaces every "{{name}}" that has a value; names without one are passed to `unfilled` and left visible. */
export function fillPlaceholders(text: string, resolved: ResolvedPacket, unfilled: (name: string) => void): string {
  return fill(text, resolved.packet, resolved.template, unfilled);
}
