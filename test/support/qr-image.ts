/** Reads a QR code from a PNG data URL (the on-screen image), as a phone camera would. */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text of the QR in a `data:image/png;base64,…` URL, or null when none is found. */
export function decodePngDataUrl(url: string): string | null {
  const m = /^data:image\/png;base64,(.+)$/u.exec(url);
  if (!m) throw new Error('not a PNG data URL');
  const png = PNG.sync.read(Buffer.from(m[1], 'base64'));
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  return found ? found.data : null;
}
