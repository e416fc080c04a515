/** QR codes as modules, drawn into the image: the printer's own QR command miscounts Vietnamese. */
import QRCode from 'qrcode';

export interface QrMatrix {
  size: number;
  /** size × size, 1 = dark module. */
  modules: Uint8Array;
}

/** Encodes a payload (medium error correction: a slightly scuffed slip still scans). */
export function qrMatrix(payload: string): QrMatrix {
  const qr = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  return { size: qr.modules.size, modules: Uint8Array.from(qr.modules.data) };
}

/** The QR code as one SVG path, for the HTML renderer. */
export function qrSvg(payload: string, sizeMm: number): string {
  const { size, modules } = qrMatrix(payload);
  const q = 4;
  let d = '';
  for (let r = 0; r < size; r += 1) {
    for (let c = 0; c < size; c += 1) if (modules[r * size + c]) d += `M${c + q} ${r + q}h1v1h-1z`;
  }
  const n = size + 2 * q;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" width="${sizeMm}mm" height="${sizeMm}mm" shape-rendering="crispEdges"><rect width="${n}" height="${n}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}
