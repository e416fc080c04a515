/**
 * The fake camera's video (test/support/qr-video.ts) shows what the kiosk e2e needs: a Y4M file
 * Chromium reads (header, FRAME markers, 640×480 I420 sizes) whose frames a QR reader decodes to
 * the CCCD text, Vietnamese letters included; the "no QR" video has nothing to decode.
 */
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { qrLuma, qrY4m, VIDEO_HEIGHT, VIDEO_WIDTH } from '../../support/qr-video';

const CCCD =
  '001090012345|123456789|Nguyễn Văn Anh|15031990|Nam|Số 12 ngõ 5 Park Hill, xã Hòa An|01072021';

/** The luma plane as the RGBA pixels a canvas would give the page. */
function rgba(luma: Uint8Array): Uint8ClampedArray {
  const out = new Uint8ClampedArray(luma.length * 4);
  luma.forEach((v, i) => out.set([v, v, v, 255], i * 4));
  return out;
}

describe('the fake camera video', () => {
  it('is a Y4M file of 640×480 I420 frames', () => {
    const file = qrY4m(CCCD, 3);
    const header = file.subarray(0, file.indexOf(0x0a) + 1).toString('ascii');
    expect(header).toBe('YUV4MPEG2 W640 H480 F10:1 Ip A1:1 C420jpeg\n');
    const frame = 'FRAME\n'.length + VIDEO_WIDTH * VIDEO_HEIGHT * 1.5;
    expect(file.length).toBe(header.length + 3 * frame);
    expect(file.subarray(header.length, header.length + 6).toString('ascii')).toBe('FRAME\n');
    expect(file.subarray(header.length + frame, header.length + frame + 6).toString('ascii')).toBe(
      'FRAME\n',
    );
  });

  it('shows a QR that reads back as the CCCD text', () => {
    const found = jsQR(rgba(qrLuma(CCCD)), VIDEO_WIDTH, VIDEO_HEIGHT);
    expect(found?.data).toBe(CCCD);
  });

  it('without a text shows no QR at all', () => {
    expect(jsQR(rgba(qrLuma(null)), VIDEO_WIDTH, VIDEO_HEIGHT)).toBeNull();
  });
});
