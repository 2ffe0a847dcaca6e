// The renderer ↔ main contract: per-feature channel maps combined into one, and the types derived from it.
import type { z } from 'zod';
import { channelName } from './channel-name.js';
import type { ChannelSpec } from './define.js';
import type { BridgeResult } from './errors.js';
import type { EventName, Events } from './events.js';
import { directivesChannels } from './features/directives.js';
import { exchangeChannels } from './features/exchange.js';
import { exportChannels } from './features/export.js';
import { packetsChannels } from './features/packets.js';
import { searchChannels } from './features/search.js';
import { qaChannels } from './features/qa.js';
import { settingsChannels } from './features/settings.js';
import { systemChannels } from './features/system.js';
import { talkingPointsChannels } from './features/talking-points.js';
import { templatesChannels } from './features/templates.js';
import { versionsChannels } from './features/versions.js';

export const contract = {
  directives: directivesChannels,
  settings: settingsChannels,
  packets: packetsChannels,
  versions: versionsChannels,
  system: systemChannels,
  search: searchChannels,
  talkingPoints: talkingPointsChannels,
  qa: qaChannels,
  templates: templatesChannels,
  exchange: exchangeChannels,
  export: exportChannels,
};

export type Contract = typeof contract;
export type Feature = keyof Contract;
export type Method<F extends Feature> = keyof Contract[F] & string;
type Spec<F extends Feature, M extends Method<F>> = Contract[F][M];

/** What the caller passes (defaults may be omitted). */
export type InputOf<F extends Feature, M extends Method<F>> = Spec<F, M> extends ChannelSpec<infer I, unknown> ? z.input<I> : never;
/** What the handler receives after validation. */
export type ParsedInputOf<F extends Feature, M extends Method<F>> = Spec<F, M> extends ChannelSpec<infer I, unknown> ? z.output<I> : never;
export type OutputOf<F extends Feature, M extends Method<F>> = Spec<F, M> extends ChannelSpec<z.ZodType, infer O> ? O : never;

/** Main-side implementation of one feature. */
export type FeatureHandlers<F extends Feature> = {
  [M in Method<F>]: (input: ParsedInputOf<F, M>) => Promise<OutputOf<F, M>>;
};
/** Main-side implementation of the whole contract. */
export type Handlers = { [F in Feature]: FeatureHandlers<F> };

/** The object the preload exposes as window.spokesdesk (and the e2e bridge defines over HTTP). */
export type Bridge = {
  [F in Feature]: { [M in Method<F>]: (input: InputOf<F, M>) => Promise<BridgeResult<OutputOf<F, M>>> };
} & {
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
};

export { channelName };

/** Every (feature, method) pair of the contract; registration refuses duplicates. */
export function contractChannels(): Array<{ feature: Feature; method: string; name: string; input: z.ZodType }> {
  const result: Array<{ feature: Feature; method: string; name: string; input: z.ZodType }> = [];
  for (const feature of Object.keys(contract) as Feature[]) {
    const methods: Record<string, ChannelSpec<z.ZodType, unknown>> = contract[feature];
    for (const [method, spec] of Object.entries(methods)) {
      result.push({ feature, method, name: channelName(feature, method), input: spec.input });
    }
  }
  return result;
}
