/** The outbox as the admin sees it. Node-free. */

export interface OutboxItem {
  id: number;
  channel: 'portal' | 'sms' | 'zalo';
  dossier: string;
  event: string;
  status: 'pending' | 'sent' | 'parked';
  attempts: number;
  nextAt: string;
  lastError?: string;
  createdAt: string;
  sentAt?: string;
  /** The portal status code (TrangThaiHoSo) the item carries, for portal items. */
  statusCode?: string;
}

export interface OutboxView {
  /** Whether this hub was started with --portal. */
  portalEnabled: boolean;
  counts: { pending: number; sent: number; parked: number };
  items: OutboxItem[];
}

/** The answer of notify.test: whether the gateway took the message, and what it said. */
export interface NotifyTestResult {
  sent: boolean;
  /** What happened, in Vietnamese: the gateway's refusal when not sent. */
  message: string;
}
