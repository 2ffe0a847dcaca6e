// How a contract call is named on the wire ("feature:method"); zod-free so the sandboxed preload bundles without it.

export function channelName(feature: string, method: string): string {
  return `${feature}:${method}`;
}
