/** Builds the screens once before the e2e run, so each hub starts without building. */
import { ensureWebBuild } from '../../main/app/web-build';
import { repoRoot } from '../support/hub-process';

export default async function globalSetup(): Promise<void> {
  await ensureWebBuild(repoRoot, (line) => console.log(line));
}
