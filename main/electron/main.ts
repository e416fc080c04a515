/**
 * The Electron shell: composition only. The plan (main/shell/start-plan.ts) comes from the
 * settings file the first-run screen wrote: the first-run screen itself, the single machine (the
 * core in this process, IPC), or a kiosk, desk or hall display showing its hub's pages.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  powerSaveBlocker,
  session,
  type WebContents,
} from 'electron';
import { composeCore, type Core } from '../app/compose';
import { bindIpc } from '../api/ipc-binding';
import { openDataDir } from '../app/data-dir';
import { createPrintService } from '../printing/service';
import { HUB_PAGE_CHANNELS } from '../shell/channels';
import { createDeskPrinting, hubReporter } from '../shell/desk-printing';
import { hubPairing } from '../shell/first-run';
import { createReconnectLoop, healthProbe } from '../shell/reconnect';
import { reconnectPageUrl } from '../shell/reconnect-page';
import { readShellSettings, settingsPath } from '../shell/settings-file';
import { shellHandlers } from '../shell/shell-ipc';
import { chooseStart, type StartPlan } from '../shell/start-plan';
import { isAllowedUrl, senderMayUse } from './navigation-policy';
import { guardWindow } from './kiosk-lockdown';
import { cameraScope, originToTreatAsSecure, permissionVerdict } from './permission-policy';

type RunPlan = Extract<StartPlan, { kind: 'run' }>;

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '../renderer');
// Tests point the app at a fresh user-data folder (a first run) without touching the real one.
if (process.env.MOTCUA_USER_DATA_DIR) app.setPath('userData', process.env.MOTCUA_USER_DATA_DIR);
const settingsFile = settingsPath(app.getPath('userData'));
const plan = chooseStart(readShellSettings(settingsFile), process.env);
let core: Core | undefined;
let mainWindow: BrowserWindow | undefined;
// The kiosk's camera (CCCD QR): its pages only; on a plain-HTTP hub that origin counts as secure,
// which getUserMedia needs (a command-line switch, so set before the app is ready).
const camera = cameraScope(plan.kind === 'run' ? plan.mode : undefined, {
  appRoot: rendererRoot,
  hubUrl: plan.kind === 'run' ? plan.hubUrl : undefined,
});
const secureHub = originToTreatAsSecure(camera);
if (secureHub) app.commandLine.appendSwitch('unsafely-treat-insecure-origin-as-secure', secureHub);

function newWindow(locked: boolean, parent?: BrowserWindow): BrowserWindow {
  return new BrowserWindow({
    width: parent ? 480 : 1280,
    height: parent ? 360 : 900,
    parent,
    modal: Boolean(parent),
    kiosk: locked,
    fullscreen: locked,
    autoHideMenuBar: true,
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    },
  });
}

function loadLocal(win: BrowserWindow, page: string): Promise<void> {
  return win.loadFile(path.join(rendererRoot, 'index.html'), { hash: page });
}

/** The PIN window over a locked one; the PIN page calls the admin exit channel. */
function openAdminExit(parent: BrowserWindow): void {
  const win = newWindow(false, parent);
  guardWindow(win, {
    allowed: { appRoot: rendererRoot },
    locked: false,
    reload: () => void loadLocal(win, 'setup/exit'),
    onAdminExit: () => undefined,
  });
  void loadLocal(win, 'setup/exit');
}

/**
 * No permission for any page except the kiosk's camera on the app's own pages
 * (permission-policy.ts); the device token on every hub call.
 */
function hardenSession(run: RunPlan | undefined): void {
  const ses = session.defaultSession;
  const fromMainWindow = (wc: WebContents | null) =>
    Boolean(wc && mainWindow && !mainWindow.isDestroyed() && wc === mainWindow.webContents);
  ses.setPermissionRequestHandler((wc, permission, callback, details) => {
    // Only a media request carries these two (MediaAccessPermissionRequest).
    const media: { isMainFrame: boolean; mediaTypes?: readonly string[]; securityOrigin?: string } =
      details;
    callback(
      permissionVerdict(
        {
          permission,
          fromMainWindow: fromMainWindow(wc),
          isMainFrame: details.isMainFrame,
          requestingUrl: details.requestingUrl,
          securityOrigin: media.securityOrigin,
          mediaTypes: media.mediaTypes ?? [],
        },
        camera,
      ),
    );
  });
  ses.setPermissionCheckHandler((wc, permission, _origin, details) =>
    permissionVerdict(
      {
        permission,
        fromMainWindow: fromMainWindow(wc),
        isMainFrame: details.isMainFrame,
        requestingUrl: details.requestingUrl,
        securityOrigin: details.securityOrigin,
        mediaTypes: details.mediaType ? [details.mediaType] : [],
      },
      camera,
    ),
  );
  if (run?.hubUrl && run.deviceToken) {
    const token = run.deviceToken;
    ses.webRequest.onBeforeSendHeaders(
      { urls: [`${new URL(run.hubUrl).origin}/*`] },
      (details, cb) =>
        cb({ requestHeaders: { ...details.requestHeaders, 'X-Motcua-Device': token } }),
    );
  }
}

function deskPrinter(run: RunPlan) {
  if (run.mode !== 'workstation' || !run.hubUrl || !run.deviceToken) return undefined;
  const dataDir = path.join(app.getPath('userData'), 'desk-prints');
  let service: ReturnType<typeof createPrintService> | undefined;
  const printerUri = run.printer ?? 'preview';
  return createDeskPrinting({
    print: (doc, opts) => {
      service ??= createPrintService({ db: openDataDir(dataDir).db, printerUri, dataDir });
      return service.print(doc, opts);
    },
    report: hubReporter(run.hubUrl, run.deviceToken),
  });
}

function bindShellIpc(): void {
  const run = plan.kind === 'run' ? plan : undefined;
  const handlers = shellHandlers({
    settingsFile,
    plan: () => plan,
    pair: hubPairing(),
    now: () => new Date(),
    listPrinters: async () =>
      (await mainWindow?.webContents.getPrintersAsync())?.map((p) => p.name) ?? [],
    restart: () =>
      setTimeout(() => {
        app.relaunch();
        app.exit(0);
      }, 500),
    quit: () => setTimeout(() => app.quit(), 100),
    adminPassword: () => core?.generatedAdminPassword,
    printLocal: run ? deskPrinter(run) : undefined,
  });
  const allowed = { appRoot: rendererRoot, hubOrigin: run?.hubUrl, hubChannels: HUB_PAGE_CHANNELS };
  for (const [channel, handler] of Object.entries(handlers))
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!senderMayUse(channel, event.senderFrame?.url ?? '', allowed))
        throw new Error('Nguồn gọi không được phép.');
      return handler(...args);
    });
}

async function startSingle(run: RunPlan): Promise<string> {
  const dataDir = process.env.MOTCUA_DATA_DIR ?? path.join(app.getPath('userData'), 'data');
  core = await composeCore({
    dataDir,
    printer: run.printer,
    adminPassword: process.env.MOTCUA_ADMIN_PASSWORD,
  });
  bindIpc(ipcMain, {
    table: core.table,
    auth: core.auth,
    isTrustedUrl: (url) => isAllowedUrl(url, { appRoot: rendererRoot }),
  });
  // The generated password is shown once on screen (a GUI app has no console), then the start page.
  return core.generatedAdminPassword ? 'setup/password' : run.startPage;
}

/** Shows the hub's start page; while the hub cannot be reached, the reconnecting page and retries. */
function showHub(win: BrowserWindow, hubUrl: string, startPage: string): () => void {
  const target = new URL(startPage, hubUrl).toString();
  const loop = createReconnectLoop({
    probe: healthProbe(hubUrl),
    onUp: () => void win.loadURL(target).catch(() => undefined),
    onDown: (attempt, delay) =>
      void win
        .loadURL(reconnectPageUrl(hubUrl, attempt, Math.round(delay / 1000)))
        .catch(() => undefined),
    timers: { setTimeout, clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
  });
  win.webContents.on('did-fail-load', (_event, code, _description, url, isMainFrame) => {
    if (isMainFrame && code !== -3 && url.startsWith(hubUrl)) loop.start();
  });
  loop.start();
  return () => loop.start();
}

async function start(): Promise<void> {
  const run = plan.kind === 'run' ? plan : undefined;
  hardenSession(run);
  bindShellIpc();
  const locked = run?.locked ?? false;
  const win = (mainWindow = newWindow(locked));
  let reload: () => void = () => void loadLocal(win, 'setup');
  guardWindow(win, {
    allowed: run?.hubUrl
      ? { appRoot: rendererRoot, hubOrigin: run.hubUrl }
      : { appRoot: rendererRoot },
    locked,
    reload: () => reload(),
    onAdminExit: () => openAdminExit(win),
  });
  if (run?.hubUrl) reload = showHub(win, run.hubUrl, run.startPage);
  else if (run) {
    const page = await startSingle(run);
    reload = () => void loadLocal(win, run.startPage);
    await loadLocal(win, page);
  } else await loadLocal(win, 'setup');
  if (locked) {
    powerSaveBlocker.start('prevent-display-sleep');
    if (app.isPackaged) app.setLoginItemSettings({ openAtLogin: true });
  }
}

if (!app.requestSingleInstanceLock()) app.quit();
else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error(error);
      dialog.showErrorBox('Một cửa', `Không khởi động được ứng dụng: ${String(error)}`);
      app.exit(1);
    });
  app.on('window-all-closed', () => {
    core?.close();
    app.quit();
  });
}
