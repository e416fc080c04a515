import type { Migration } from '../migrate';

/** Reserved for catalog scope and admin-edited fields (issue 13); filled in by that change (one migration per release step). */
export const catalogScopeMigration: Migration = {
  version: 11,
  name: 'catalog-scope',
  up() {
    // intentionally empty until catalog scope and admin-edited fields (issue 13) lands
  },
};
