/** Pairing the office's devices (kiosks, desks, the hall display) and their printers. Node-free. */
import { z } from 'zod';
import { spec } from '../core/types';
import { text } from '../core/fields';
import {
  DEVICE_KINDS,
  type CurrentDevice,
  type DeviceView,
  type PairingCode,
  type PairResult,
} from './types';

const id = z.number().int({ error: 'phải là số nguyên' }).positive({ error: 'phải là số dương' });
const printerUri = z.string().max(400).nullable();

export const devicesContract = {
  'devices.createPairing': spec<PairingCode>()({
    role: 'admin',
    input: z.object({ kind: z.enum(DEVICE_KINDS), name: text(80) }).strict(),
    doc: 'A single-use pairing code, valid for 10 minutes, that the admin types (or scans) on a new kiosk, desk or hall display.',
  }),
  'devices.pair': spec<PairResult>()({
    role: 'kiosk',
    input: z.object({ pairingCode: z.string().max(40) }).strict(),
    doc: 'Trades a pairing code for the device token the device sends on every call; no sign-in, so a kiosk can pair itself.',
  }),
  'devices.current': spec<CurrentDevice>()({
    role: 'kiosk',
    input: z.object({}).strict(),
    doc: 'The device the call comes from, and whether this hub requires a paired kiosk, so a screen knows to show the pairing screen.',
  }),
  'devices.list': spec<{ items: DeviceView[] }>()({
    role: 'admin',
    input: z.object({}).strict(),
    doc: 'Every paired device with its kind, name, id, printers and when it was last seen; revoked ones stay listed.',
  }),
  'devices.revoke': spec<DeviceView>()({
    role: 'admin',
    input: z.object({ id }).strict(),
    doc: "Ends a device's pairing at once (a stolen or replaced kiosk): its next call is refused.",
  }),
  'devices.setPrinter': spec<DeviceView>()({
    role: 'admin',
    input: z.object({ id, printer: printerUri, officePrinter: printerUri.optional() }).strict(),
    doc: "Sets a device's slip printer (and optionally its A4/A5 office printer); null falls back to the hub's --printer.",
  }),
};
