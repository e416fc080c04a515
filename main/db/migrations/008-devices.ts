import type { Migration } from '../migrate';

/** Reserved for devices and per-device printers (issue 10); filled in by that change (one migration per release step). */
export const devicesMigration: Migration = {
  version: 8,
  name: 'devices',
  up() {
    // intentionally empty until devices and per-device printers (issue 10) lands
  },
};
