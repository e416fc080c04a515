import type { Migration } from '../migrate';

/** Reserved for the paperwork: documents by kind, channel, delivery, ledger (issue 12); filled in by that change (one migration per release step). */
export const paperworkMigration: Migration = {
  version: 10,
  name: 'paperwork',
  up() {
    // intentionally empty until the paperwork: documents by kind, channel, delivery, ledger (issue 12) lands
  },
};
