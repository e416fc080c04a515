/**
 * Strings of the officer's dossier work, log book and statistics (i18n key `desk`), kept beside
 * the screens that use them, one file a screen; this file joins them and vi.ts and en.ts only
 * mount it. Vietnamese first, English second.
 */
import { deskCommonEn, deskCommonVi } from './deskCommonMessages';
import { deskAcceptEn, deskAcceptVi } from './acceptMessages';
import { deskSupplementEn, deskSupplementVi } from './supplementMessages';
import { deskReturnEn, deskReturnVi } from './returnMessages';
import { deskQueueEn, deskQueueVi } from './queueMessages';
import { deskRecordsEn, deskRecordsVi } from './recordsMessages';

export const deskVi = {
  ...deskCommonVi,
  ...deskAcceptVi,
  ...deskSupplementVi,
  ...deskReturnVi,
  ...deskQueueVi,
  ...deskRecordsVi,
};

export type DeskMessages = typeof deskVi;

export const deskEn: DeskMessages = {
  ...deskCommonEn,
  ...deskAcceptEn,
  ...deskSupplementEn,
  ...deskReturnEn,
  ...deskQueueEn,
  ...deskRecordsEn,
};
