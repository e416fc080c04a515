/**
 * A Y4M video for Chromium's fake camera (`--use-file-for-fake-video-capture`): a QR code, black
 * on white, in the middle of a few 640×480 I420 frames, drawn module by module from the `qrcode`
 * package's matrix. Without a text, the frames are a plain grey (a camera seeing no QR).
 */
import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';

export const VIDEO_WIDTH = 640;
export const VIDEO_HEIGHT = 480;
const QUIET = 4;
const WHITE = 235;
const BLACK = 16;
const GREY = 128;

/** The luma plane of one frame: the QR (with its quiet zone) as large as fits, centred. */
export function qrLuma(text: string | null): Uint8Array {
  const luma = new Uint8Array(VIDEO_WIDTH * VIDEO_HEIGHT).fill(GREY);
  if (text === null) return luma;
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const span = size + 2 * QUIET;
  const scale = Math.floor((VIDEO_HEIGHT - 40) / span);
  if (scale < 3) throw new Error(`QR of ${size} modules does not fit ${VIDEO_HEIGHT} px`);
  const left = Math.floor((VIDEO_WIDTH - span * scale) / 2);
  const top = Math.floor((VIDEO_HEIGHT - span * scale) / 2);
  for (let y = 0; y < span * scale; y += 1) {
    const r = Math.floor(y / scale) - QUIET;
    for (let x = 0; x < span * scale; x += 1) {
      const c = Math.floor(x / scale) - QUIET;
      const dark = r >= 0 && r < size && c >= 0 && c < size && qr.modules.get(r, c);
      luma[(top + y) * VIDEO_WIDTH + left + x] = dark ? BLACK : WHITE;
    }
  }
  return luma;
}

/** The whole Y4M file: header, then `frames` identical frames (Chromium loops the file). */
export function qrY4m(text: string | null, frames = 5): Buffer {
  const header = Buffer.from(
    `YUV4MPEG2 W${VIDEO_WIDTH} H${VIDEO_HEIGHT} F10:1 Ip A1:1 C420jpeg\n`,
    'ascii',
  );
  const luma = qrLuma(text);
  // No colour: both chroma planes (a quarter of the pixels each) at the neutral 128.
  const chroma = Buffer.alloc((VIDEO_WIDTH / 2) * (VIDEO_HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), luma, chroma]);
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
}

/** Writes the video to `file` and returns the path, for the browser's launch flags. */
export function writeQrY4m(file: string, text: string | null): string {
  writeFileSync(file, qrY4m(text));
  return file;
}
