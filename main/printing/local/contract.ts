/**
 * Printing on a device's own printer (a desk's USB printer while the hub is remote): the hub
 * hands the slip document over (`print: {status: "local", jobId, document}`) and the device reports
 * how it went. Node-free.
 */
import { z } from 'zod';
import { spec } from '../../core/types';
import { optionalText } from '../../core/fields';

export const localPrintContract = {
  'printing.reportLocal': spec<{ jobId: number; status: 'printed' | 'failed' }>()({
    role: 'kiosk',
    input: z
      .object({
        jobId: z.number().int().positive(),
        ok: z.boolean(),
        error: optionalText(500).optional(),
      })
      .strict(),
    doc: 'A device that printed a handed-over slip on its own printer reports the outcome, so the hub journal shows it printed or failed with the cause.',
  }),
};
