/**
 * electron-vite 6: the main process (main/electron/main.ts, ESM), the sandboxed preload
 * (main/electron/preload.ts, CommonJS `.cjs`: a sandboxed preload cannot be an ES module) and the
 * renderer from the same root as the web build (renderer/index.html → out/renderer).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));
const at = (...parts: string[]) => path.join(repoRoot, ...parts);

export default defineConfig({
  main: {
    build: {
      outDir: at('out', 'main'),
      // Native and Node packages (better-sqlite3, @napi-rs/canvas …) load from node_modules.
      externalizeDeps: true,
      rolldownOptions: {
        input: { index: at('main', 'electron', 'main.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: at('out', 'preload'),
      // Bundle everything: a sandboxed preload may only require('electron').
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: at('main', 'electron', 'preload.ts') },
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
          chunkFileNames: 'chunks/[name]-[hash].cjs',
        },
      },
    },
  },
  renderer: {
    root: at('renderer'),
    plugins: [react()],
    publicDir: false,
    build: {
      outDir: at('out', 'renderer'),
      emptyOutDir: true,
      rolldownOptions: {
        input: { index: at('renderer', 'index.html') },
      },
    },
  },
});
