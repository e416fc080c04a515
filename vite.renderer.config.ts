/**
 * The renderer as a plain web build: what the hub serves at `/` (out/web), so any browser on the
 * LAN is a workstation. The Electron build of the same root lives in electron.vite.config.ts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));

/**
 * The app shell is served for deep links such as /kiosk/lookup; with `base: './'` its
 * `./assets/…` would resolve under /kiosk/. The shell's own tags point at /assets instead, while
 * everything inside the bundle stays relative (`base: './'`).
 */
function shellAssetsFromRoot(): Plugin {
  return {
    name: 'motcua:shell-assets-from-root',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: (html) => html.replace(/(src|href)="\.\/assets\//gu, '$1="/assets/'),
  };
}

export default defineConfig({
  root: path.join(repoRoot, 'renderer'),
  base: './',
  plugins: [react(), shellAssetsFromRoot()],
  publicDir: false,
  build: {
    outDir: path.join(repoRoot, 'out', 'web'),
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npx vite --config vite.renderer.config.ts` during development: the API is the hub's.
    proxy: { '/api': 'http://127.0.0.1:4370' },
  },
});
