import { describe, expect, it } from 'vitest';
import { createRenderPool, inlineRenderer } from '../../../main/printing/render-pool';
import { testPage } from '../../../main/slips/kiosk';
import { PNG } from 'pngjs';

const doc = testPage({
  printer: 'tcp://127.0.0.1:9100',
  widthDots: 576,
  printedAt: '2026-12-03T09:15:00+07:00',
});

describe('render pool (slips drawn off the event loop)', () => {
  it('draws in a worker thread exactly the bitmap the inline renderer draws', async () => {
    const pool = createRenderPool();
    try {
      const [threaded, inline] = await Promise.all([
        pool.render(doc, 576),
        inlineRenderer().render(doc, 576),
      ]);
      expect(pool.problem).toBeNull();
      expect(pool.threaded).toBe(true);
      expect(threaded.bitmap.width).toBe(576);
      expect(threaded.bitmap.height).toBe(inline.bitmap.height);
      expect(Buffer.from(threaded.bitmap.data).equals(Buffer.from(inline.bitmap.data))).toBe(true);
      // The PNG is a real image of the same size, the officer's preview.
      const png = PNG.sync.read(threaded.png);
      expect([png.width, png.height]).toEqual([576, inline.bitmap.height]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('serves many slips at once, each with its own answer', async () => {
    const pool = createRenderPool();
    try {
      const widths = [576, 384, 576, 384, 576] as const;
      const out = await Promise.all(widths.map((w) => pool.render(doc, w)));
      expect(out.map((r) => r.bitmap.width)).toEqual([576, 384, 576, 384, 576]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('after close draws inline, so a slip is never lost', async () => {
    const pool = createRenderPool();
    await pool.close();
    const r = await pool.render(doc, 384);
    expect(pool.threaded).toBe(false);
    expect(r.bitmap.width).toBe(384);
  });
});
