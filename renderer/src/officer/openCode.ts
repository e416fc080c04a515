/** dossiers.open as the officer screens use it: what was typed or scanned becomes a piece of work. */
import { call } from '../api/client';
import type { Work } from './OfficerScreen';

/** Opens a declaration or dossier code; a scanned `CODE#SECRET` opens CODE. Throws ApiError. */
export async function openCode(typed: string): Promise<Work> {
  const code = typed.normalize('NFC').trim().split('#')[0].trim();
  const r = await call('dossiers.open', { code });
  return r.kind === 'declaration'
    ? { kind: 'declaration', declaration: r.declaration }
    : { kind: 'dossier', dossier: r.dossier };
}
