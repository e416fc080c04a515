/** Handlers of the system contract. */
import type { Handlers } from '../core/handlers';
import type { systemContract } from './contract';
import type { SystemService } from './service';

/** Wires the system contract to the storage watch. */
export function systemHandlers(deps: { system: SystemService }): Handlers<typeof systemContract> {
  return {
    'system.status': () => deps.system.status(),
    'system.backup': () => deps.system.backup(),
  };
}
