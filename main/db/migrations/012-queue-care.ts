import type { Migration } from '../migrate';

/** Reserved for queue priority, recall, skip, transfer, pause (issue 14); filled in by that change (one migration per release step). */
export const queueCareMigration: Migration = {
  version: 12,
  name: 'queue-care',
  up() {
    // intentionally empty until queue priority, recall, skip, transfer, pause (issue 14) lands
  },
};
