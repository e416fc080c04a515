/** Every migration in order. Append only: a released step is never edited. */
import type { Migration } from '../migrate';
import { coreMigration } from './001-core';
import { catalogMigration } from './002-catalog';
import { calendarMigration } from './003-calendar';
import { dossiersMigration } from './004-dossiers';
import { printingMigration } from './005-printing';
import { lifecycleMigration } from './006-lifecycle';
import { queueFeedbackMigration } from './007-queue-feedback';
import { devicesMigration } from './008-devices';
import { safetyMigration } from './009-safety';
import { paperworkMigration } from './010-paperwork';
import { catalogScopeMigration } from './011-catalog-scope';
import { queueCareMigration } from './012-queue-care';
import { outboxMigration } from './013-outbox';

export const migrations: readonly Migration[] = [
  coreMigration,
  catalogMigration,
  calendarMigration,
  dossiersMigration,
  printingMigration,
  lifecycleMigration,
  queueFeedbackMigration,
  devicesMigration,
  safetyMigration,
  paperworkMigration,
  catalogScopeMigration,
  queueCareMigration,
  outboxMigration,
];
