/** Devices of the office as the admin screen and the paired screens see them. Node-free. */
import type { DeviceIdentity } from '../core/types';

export type DeviceKind = DeviceIdentity['kind'];
export const DEVICE_KINDS = ['kiosk', 'workstation', 'display'] as const;

/** One line of the admin's device list. */
export interface DeviceView extends DeviceIdentity {
  pairedAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

export interface PairingCode {
  /** Eight characters without look-alikes (no 0/O, 1/I/L), shown as ABCD-EFGH. */
  pairingCode: string;
  expiresAt: string;
}

export interface PairResult {
  /** Sent as `X-Motcua-Device` on every later call; the hub keeps only its hash. */
  deviceToken: string;
  device: { id: number; kind: DeviceKind; name: string };
  /** SHA-256 fingerprint of the hub's TLS certificate, when it serves HTTPS, for pinning. */
  certificateFingerprint?: string;
}

/** What a screen needs to know at start: who it is, and whether the hub requires a paired kiosk. */
export interface CurrentDevice {
  device: DeviceIdentity | null;
  kioskDeviceRequired: boolean;
}
