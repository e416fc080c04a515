/**
 * Imports point down (README "Layout"): entry points (main/hub.ts, main/electron/, main/<feature>/cli.ts)
 * → main/app → main/api → features → main/core → main/text and main/db. Read from the source text
 * of every file under main/, so a wrong import fails here with the file and the import to fix; and
 * no file reaches itself again through its value imports (an import cycle).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../main');
const BASE = ['core', 'text', 'db'];
const TOP = ['api', 'app', 'electron'];

/** Every .ts/.tsx file under main/, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return /\.tsx?$/u.test(name) ? [path.relative(MAIN, full)] : [];
  });
}

/** The relative imports of a file, resolved to paths under main/; `typeOnly` for `import type`. */
function importsOf(file: string): { target: string; typeOnly: boolean }[] {
  const text = readFileSync(path.join(MAIN, file), 'utf8');
  const found: { target: string; typeOnly: boolean }[] = [];
  const re =
    /(?:^|\n)\s*(import|export)(\s+type)?[^'";]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/gu;
  for (const m of text.matchAll(re)) {
    const spec = m[3] ?? m[4];
    const resolved = path.normalize(path.join(path.dirname(file), spec));
    found.push({ target: resolved.replace(/\.(ts|tsx|js)$/u, ''), typeOnly: Boolean(m[2]) });
  }
  return found;
}

/** The layer a file belongs to: its folder under main/, 'entry' for the entry points. */
function layerOf(file: string): string {
  const [top] = file.split(path.sep);
  if (file === 'hub.ts' || top === 'electron' || /(^|\/)cli\.ts$/u.test(file)) return 'entry';
  if (BASE.includes(top) || TOP.includes(top)) return top;
  return 'feature';
}

/** Which layers a layer may import. */
const MAY_IMPORT: Record<string, string[]> = {
  text: ['text'],
  db: ['db', 'text'],
  core: ['core', 'text'],
  feature: ['feature', 'core', 'text', 'db'],
  api: ['api', 'feature', 'core', 'text', 'db'],
  app: ['app', 'api', 'feature', 'core', 'text', 'db'],
  entry: ['entry', 'app', 'api', 'feature', 'core', 'text', 'db'],
};

const files = filesUnder(MAIN);

describe('layers', () => {
  it('every import points down', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const { target } of importsOf(file)) {
        const to = layerOf(`${target}.ts`);
        if (!MAY_IMPORT[from].includes(to))
          wrong.push(`main/${file} (${from}) imports main/${target} (${to})`);
      }
    }
    expect(wrong, `imports that point up:\n${wrong.join('\n')}`).toEqual([]);
  });

  it('has no import cycle among the files of main/', () => {
    const graph = new Map(
      files.map((f) => [
        f.replace(/\.tsx?$/u, ''),
        importsOf(f)
          .filter((i) => !i.typeOnly)
          .map((i) => i.target.replace(/\/index$/u, '/index')),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, trail: string[]): void => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'open');
      for (const next of graph.get(node) ?? graph.get(`${node}/index`) ?? [])
        visit(next, [...trail, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles, `import cycles:\n${cycles.join('\n')}`).toEqual([]);
  });
});
