// Types window.spokesdesk (exposed by the preload, or by the e2e bridge) from the one contract.
import type { Bridge } from '../../shared/ipc/contract';

declare global {
  interface Window {
    readonly spokesdesk: Bridge;
  }
}
