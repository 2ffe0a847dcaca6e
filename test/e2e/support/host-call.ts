// Calls a contract channel on a running test host from Node (to seed data or check what the services hold).
import type { Feature, InputOf, Method, OutputOf } from '../../../shared/ipc/contract.js';
import type { BridgeResult } from '../../../shared/ipc/errors.js';

export async function hostCall<F extends Feature, M extends Method<F>>(
  hostUrl: string,
  feature: F,
  method: M,
  input: InputOf<F, M>,
): Promise<OutputOf<F, M>> {
  const response = await fetch(new URL(`rpc/${feature}/${method}`, hostUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (!response.ok) throw new Error(`${feature}.${method}: HTTP ${response.status} ${await response.text()}`);
  const result = (await response.json()) as BridgeResult<OutputOf<F, M>>;
  if (!result.ok) throw new Error(`${feature}.${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}
