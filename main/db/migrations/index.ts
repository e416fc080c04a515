/** Every migration in order. Append only: a released step is never edited. */
import type { Migration } from '../migrate';
import { coreMigration } from './001-core';
import { catalogMigration } from './002-catalog';
import { calendarMigration } from './003-calendar';
import { dossiersMigration } from './004-dossiers';
import { printingMigration } from './005-printing';
import { lifecycleMigration } from './006-lifecycle';
import { queueFeedbackMigration } from './007-queue-feedback';

export const migrations: readonly Migration[] = [
  coreMigration,
  catalogMigration,
  calendarMigration,
  dossiersMigration,
  printingMigration,
  lifecycleMigration,
  queueFeedbackMigration,
];
