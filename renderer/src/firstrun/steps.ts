// The first-run wizard's steps, in order.
export const STEPS = ['language', 'identity', 'content'] as const;
export type StepId = (typeof STEPS)[number];
