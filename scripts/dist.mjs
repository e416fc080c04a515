/**
 * `npm run dist [-- electron-builder flags]`: the installers. electron-builder rebuilds the native
 * modules (better-sqlite3) for Electron's ABI inside node_modules; afterwards they are rebuilt for
 * Node again, whatever happened, so the hub and the tests keep working in this clone.
 * (@napi-rs/canvas is N-API: one binary serves both.)
 */
import { spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return result.status ?? 1;
}

let status = run(npx, ['electron-vite', 'build']);
if (status === 0) {
  status = run(npx, ['electron-builder', ...process.argv.slice(2)]);
  const restored = run(npm, ['rebuild', 'better-sqlite3']);
  if (restored !== 0)
    console.error(
      'better-sqlite3 could not be rebuilt for Node: run `npm rebuild better-sqlite3`.',
    );
  status ||= restored;
}
process.exit(status);
