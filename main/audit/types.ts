/** An audit entry as shown in a dossier's history. Node-free. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject?: string;
  detail?: unknown;
  /** The device the call came from, e.g. `#3 Kiosk sảnh`. */
  device?: string;
}
