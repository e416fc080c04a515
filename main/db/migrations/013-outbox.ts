import type { Migration } from '../migrate';

/** Reserved for fees, the portal outbox and notifications (issue 15); filled in by that change (one migration per release step). */
export const outboxMigration: Migration = {
  version: 13,
  name: 'outbox',
  up() {
    // intentionally empty until fees, the portal outbox and notifications (issue 15) lands
  },
};
