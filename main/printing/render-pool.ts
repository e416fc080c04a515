/**
 * Draws slips off the event loop: one worker thread (the hub's machines have two cores; the
 * other runs the event loop), started with the hub. Where no worker can run (the Electron
 * bundle has no separate worker file, or the worker died) a slip is drawn inline, as before:
 * the bitmap is the same either way, only the event loop's wait differs.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SlipDocument } from '../slips/types';
import { bitmapToPng, type Bitmap1 } from './bitmap';
import { renderBitmap } from './render-bitmap';

export interface Rendered {
  bitmap: Bitmap1;
  png: Buffer;
}

export interface RenderPool {
  render(doc: SlipDocument, widthDots: 576 | 384): Promise<Rendered>;
  /** Whether slips are drawn in the worker (false: inline). */
  readonly threaded: boolean;
  /** Why the worker is not used, if it failed (for the hub's log). */
  readonly problem: string | null;
  close(): Promise<void>;
}

type Reply = { id: number; bitmap: Bitmap1; png: Uint8Array } | { id: number; error: string };

/** Draws on the calling thread: tests, and wherever the worker file is absent. */
export function inlineRenderer(): RenderPool {
  return {
    render: (doc, widthDots) => {
      const bitmap = renderBitmap(doc, widthDots);
      return Promise.resolve({ bitmap, png: bitmapToPng(bitmap) });
    },
    threaded: false,
    problem: null,
    close: () => Promise.resolve(),
  };
}

/** The worker's source next to this file when running from sources (tsx), else null. */
function workerFile(): URL | null {
  // Built from a path, not `new URL('./…', import.meta.url)`, which bundlers rewrite as an asset.
  if (!import.meta.url.startsWith('file:')) return null;
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'render-worker.ts');
  return existsSync(file) ? pathToFileURL(file) : null;
}

/** tsx's ESM `register()` entry (its `import` export; the CommonJS one cannot be imported). */
function tsxLoaderUrl(): string {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(cjs.replace(/\.cjs$/u, '.mjs')).href;
}

/** The pool; falls back to inline drawing if the worker cannot start or dies. */
export function createRenderPool(): RenderPool {
  const file = workerFile();
  if (!file) return inlineRenderer();
  const inline = inlineRenderer();
  const waiting = new Map<number, { resolve: (r: Rendered) => void; reject: (e: Error) => void }>();
  let worker: Worker | null = null;
  let broken = false;
  let problem: string | null = null;
  let next = 1;
  const start = (): Worker => {
    // The worker runs the TypeScript sources too: it registers tsx's loader, then loads them.
    const tsx = tsxLoaderUrl();
    const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(file.href)}); })`;
    const w = new Worker(boot, { eval: true, execArgv: [] });
    w.unref();
    w.on('message', (reply: Reply) => {
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (!pending) return;
      if ('error' in reply) pending.reject(new Error(reply.error));
      else pending.resolve({ bitmap: reply.bitmap, png: Buffer.from(reply.png) });
    });
    w.on('error', (err) => {
      broken = true;
      problem = err.message;
    });
    w.on('exit', () => {
      worker = null;
      broken = true;
      // Whatever the worker held is drawn inline, so no slip is lost with it.
      for (const [, p] of waiting) p.reject(new Error('render worker stopped'));
      waiting.clear();
    });
    return w;
  };
  // Started now, so the first citizen's slip does not wait for the worker to load its code.
  worker = start();
  return {
    get threaded() {
      return !broken;
    },
    get problem() {
      return problem;
    },
    async render(doc, widthDots) {
      if (broken) return inline.render(doc, widthDots);
      worker ??= start();
      const id = next++;
      try {
        return await new Promise<Rendered>((resolve, reject) => {
          waiting.set(id, { resolve, reject });
          worker!.postMessage({ id, doc, widthDots });
        });
      } catch (err) {
        if (broken) return inline.render(doc, widthDots);
        throw err;
      }
    },
    async close() {
      broken = true;
      await worker?.terminate();
    },
  };
}
