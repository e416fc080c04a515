import type { Migration } from '../migrate';

/** Reserved for the safe hub: sign-in throttling, idempotent accepts, storage checks (issue 11); filled in by that change (one migration per release step). */
export const safetyMigration: Migration = {
  version: 9,
  name: 'safety',
  up() {
    // intentionally empty until the safe hub: sign-in throttling, idempotent accepts, storage checks (issue 11) lands
  },
};
