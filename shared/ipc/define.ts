// Helpers to declare a channel once: its input schema (validated in main) and its output type (phantom, for typing).
import type { z } from 'zod';

export interface ChannelSpec<I extends z.ZodType, O> {
  readonly input: I;
  /** Type-level only: the value a successful call resolves to. */
  readonly output?: O;
}

/** channel<Output>()(inputSchema): declares a renderer → main call. */
export function channel<O>() {
  return <I extends z.ZodType>(input: I): ChannelSpec<I, O> => ({ input });
}
