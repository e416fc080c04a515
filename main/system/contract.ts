/** The hub's own health for the admin: storage integrity, free space, backups, TLS fingerprint. */
import { z } from 'zod';
import { spec } from '../core/types';
import type { BackupSummary, SystemStatus } from './types';

export const systemContract = {
  'system.status': spec<SystemStatus>()({
    role: 'admin',
    input: z.object({}).strict(),
    doc: 'Integrity, last backup, free space and warnings, so a failing disk is seen before data is lost.',
  }),
  'system.backup': spec<BackupSummary>()({
    role: 'admin',
    input: z.object({}).strict(),
    doc: 'Takes an online backup now (checked, rotated) and answers its file and size.',
  }),
};
