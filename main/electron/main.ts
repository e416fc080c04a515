/**
 * The Electron shell: composition only. Single-machine mode runs the core in this process and
 * talks to the renderer over IPC; workstation mode (MOTCUA_HUB_URL) shows the hub's pages.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { composeCore, type Core } from '../app/compose';
import { bindIpc } from '../api/ipc-binding';
import { isAllowedUrl } from './navigation-policy';
import { lockDown } from './kiosk-lockdown';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '../renderer');
const hubUrl = process.env.MOTCUA_HUB_URL;
const kiosk = process.env.MOTCUA_KIOSK === '1';
const startPage = kiosk ? 'kiosk' : '';
let core: Core | undefined;

async function startCore(): Promise<void> {
  const dataDir = process.env.MOTCUA_DATA_DIR ?? path.join(app.getPath('userData'), 'data');
  core = await composeCore({
    dataDir,
    printer: process.env.MOTCUA_PRINTER,
    adminPassword: process.env.MOTCUA_ADMIN_PASSWORD,
  });
  if (core.generatedAdminPassword)
    console.log(`created account "admin" with password: ${core.generatedAdminPassword}`);
  bindIpc(ipcMain, {
    table: core.table,
    auth: core.auth,
    isTrustedUrl: (url) => isAllowedUrl(url, { appRoot: rendererRoot }),
  });
}

async function createWindow(): Promise<void> {
  const win = new BrowserWindow({
    width: 1280,
    height: 900,
    kiosk,
    fullscreen: kiosk,
    autoHideMenuBar: true,
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    },
  });
  lockDown(win, hubUrl ? { hubOrigin: hubUrl } : { appRoot: rendererRoot }, kiosk);
  if (hubUrl) await win.loadURL(new URL(startPage, hubUrl).toString());
  else await win.loadFile(path.join(rendererRoot, 'index.html'), { hash: startPage });
}

app
  .whenReady()
  .then(async () => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
      callback(false),
    );
    if (!hubUrl) await startCore();
    await createWindow();
  })
  .catch((error: unknown) => {
    console.error(error);
    app.exit(1);
  });

app.on('window-all-closed', () => {
  core?.close();
  app.quit();
});
