/** The bundled Be Vietnam Pro fonts: found once, registered once, shared by both renderers. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GlobalFonts } from '@napi-rs/canvas';
import { assetCandidates } from '../core/asar-path';

export type FontFace = 'regular' | 'bold' | 'italic';

/** Files and canvas family names; the aliases are ours so no system font can shadow them. */
export const FONT_FILES: Record<FontFace, { file: string; family: string }> = {
  regular: { file: 'BeVietnamPro_500Medium.ttf', family: 'MotCua Sans' },
  bold: { file: 'BeVietnamPro_700Bold.ttf', family: 'MotCua Sans Bold' },
  italic: { file: 'BeVietnamPro_500Medium_Italic.ttf', family: 'MotCua Sans Italic' },
};

let dir: string | null = null;
let registered = false;

/**
 * The assets/fonts folder: MOTCUA_FONTS_DIR, next to the sources or bundle, Electron's resources,
 * or the working folder; in a packaged app always the `app.asar.unpacked` copy, because Skia's
 * native loader cannot read inside the archive.
 */
export function fontDir(): string {
  if (dir) return dir;
  const candidates = assetCandidates('assets/fonts', {
    here: path.dirname(fileURLToPath(import.meta.url)),
    cwd: process.cwd(),
    resourcesPath: (process as { resourcesPath?: string }).resourcesPath,
    override: process.env.MOTCUA_FONTS_DIR,
  });
  const found = candidates.find((c) => existsSync(path.join(c, FONT_FILES.regular.file)));
  if (!found)
    throw new Error(
      `Không tìm thấy phông chữ in (assets/fonts); đã tìm ở: ${candidates.join(', ')}`,
    );
  dir = found;
  return found;
}

/** Registers the full TTFs with the canvas; a full file, not a subset, so Latin never falls back. */
export function ensureFonts(): void {
  if (registered) return;
  for (const face of Object.values(FONT_FILES)) {
    const file = path.join(fontDir(), face.file);
    if (!GlobalFonts.registerFromPath(file, face.family))
      throw new Error(`Không nạp được phông chữ ${file}`);
  }
  registered = true;
}

const base64Cache = new Map<FontFace, string>();

/** A font file as base64, for @font-face in self-contained HTML. */
export function fontBase64(face: FontFace): string {
  let b64 = base64Cache.get(face);
  if (!b64) {
    b64 = readFileSync(path.join(fontDir(), FONT_FILES[face].file)).toString('base64');
    base64Cache.set(face, b64);
  }
  return b64;
}
