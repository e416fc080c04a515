/** Composition of the core: database, services, handlers, the operation table. No transport here. */
import type { Db } from '../db/database';
import { openDataDir } from './data-dir';
import { contract } from '../api/contract';
import { createOperationTable, type OperationTable } from '../api/operations';
import { createAuth, ensureAdmin, type Auth } from '../staff/auth';
import { staffHandlers } from '../staff/operations';
import { settingsHandlers } from '../settings/operations';
import { readSettings } from '../settings/repo';
import { catalogHandlers } from '../catalog/operations';
import { getProcedure } from '../catalog/repo';
import { loadSampleCatalogIfEmpty } from '../catalog/sample';
import { inPersonProcessing } from '../catalog/time-fee';
import { calendarHandlers } from '../calendar/operations';
import { createLiveCalendar } from '../calendar/service';
import { dossiersHandlers } from '../dossiers/operations';
import type { DossierDeps } from '../dossiers/service';
import { findDeclaration } from '../dossiers/repo';
import { printingHandlers } from '../printing/operations';
import { localPrintHandlers } from '../printing/local-jobs';
import { createPrintService, type PrintService } from '../printing/service';
import { createRenderPool } from '../printing/render-pool';
import { parsePrinterUri } from '../printing/uri';
import { queueHandlers } from '../queue/operations';
import { feedbackHandlers } from '../feedback/operations';
import { reportsHandlers } from '../reports/operations';
import { devicesHandlers } from '../devices/operations';
import { createDeviceService, type DeviceService } from '../devices/service';
import { feesHandlers } from '../fees/operations';
import { createFeeService } from '../fees/service';
import { portalHandlers } from '../portal/operations';
import { startPortalWorker, type PortalOptions } from '../portal/portal-sender';
import { startOutboxWorker, type OutboxWorker, type RetryOptions } from '../portal/worker';
import { smsSender } from '../portal/sms';
import { zaloSender } from '../portal/zalo';
import { systemHandlers } from '../system/operations';
import { createSystemService, type SystemService } from '../system/service';
import { acquireLock } from './data-lock';
import path from 'node:path';
import { mkdirSync } from 'node:fs';

export interface CoreOptions {
  dataDir: string;
  /** Draw slips in a worker thread (the hub under load); in-process tests draw inline. */
  renderInWorker?: boolean;
  printer?: string;
  adminPassword?: string;
  clock?: () => Date;
  /** Load the sample catalog into an empty data directory (default true; the catalog CLI says false). */
  sample?: boolean;
  /** --open-kiosk: kiosk operations without a paired kiosk device. Off by default. */
  openKiosk?: boolean;
  /** Starts the portal worker; absent, changes wait in the outbox. */
  portal?: PortalOptions;
  /** Minutes before an unused officer session ends (default 30). */
  sessionIdleMinutes?: number;
  /** SHA-256 fingerprint of the hub's TLS certificate when it serves HTTPS (`--tls`); given at pairing. */
  tlsFingerprint?: string;
  /** Backups: directory (default `<data>/backups`) and daily time `HH:MM` (default 12:30). */
  backupDir?: string;
  backupAt?: string;
  /** How long an answer waits for its slip once queued before saying `printing` (see printing/service). */
  printWaitMs?: number;
  /** Back-off of the SMS and Zalo workers (tests shorten it). */
  sms?: RetryOptions;
}

export interface Core {
  db: Db;
  table: OperationTable;
  auth: Auth;
  printer: PrintService;
  devices: DeviceService;
  portal?: OutboxWorker;
  /** The TLS certificate's SHA-256 fingerprint (`--tls`), for the admin screen and device pairing. */
  tlsFingerprint: string | null;
  /** Integrity checks and backups (started with the core). */
  system: SystemService;
  /** Set when this start created the admin account without a given password. */
  generatedAdminPassword?: string;
  close(): void;
}

/** Opens the data directory and builds every service and the operation table over it. */
export async function composeCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? (() => new Date());
  const printerUri = options.printer ?? 'preview';
  parsePrinterUri(printerUri); // a wrong URI stops the start, not the first citizen's slip
  mkdirSync(options.dataDir, { recursive: true });
  const unlock = acquireLock(options.dataDir);
  const { db } = openDataDir(options.dataDir);
  const system = createSystemService({
    db,
    dataDir: options.dataDir,
    backupDir: options.backupDir ?? path.join(options.dataDir, 'backups'),
    backupAt: options.backupAt ?? '12:30',
    clock,
    tlsFingerprint: options.tlsFingerprint ?? null,
  });
  if (options.sample !== false) loadSampleCatalogIfEmpty(db);
  const admin = await ensureAdmin(db, options.adminPassword, clock());
  const auth = createAuth(db, { idleMs: (options.sessionIdleMinutes ?? 30) * 60_000 });
  const renderer = options.renderInWorker ? createRenderPool() : undefined;
  const printer = createPrintService({
    db,
    printerUri,
    dataDir: options.dataDir,
    now: clock,
    renderer,
    printWaitMs: options.printWaitMs,
  });
  const devices = createDeviceService(db, { tlsFingerprint: options.tlsFingerprint });
  const kioskOpen = options.openKiosk ?? false;
  const procedure = (code: string) => getProcedure(db, code);
  const settings = () => readSettings(db);
  const live = createLiveCalendar(db, settings().officeHours);
  const calendar = live.service;
  const dossierDeps: DossierDeps = {
    db,
    calendar,
    procedure,
    processingOf: inPersonProcessing,
    printer,
    settings,
  };
  const portal = options.portal
    ? startPortalWorker({
        db,
        options: options.portal,
        agencyCode: () => settings().agencyCode,
        now: clock,
        log: (line) => console.error(line),
      })
    : undefined;
  const sms = startOutboxWorker({
    db,
    sender: smsSender(() => settings().sms),
    options: options.sms ?? {},
    now: clock,
    log: (line) => console.error(line),
  });
  const zalo = startOutboxWorker({
    db,
    sender: zaloSender(() => settings().zalo),
    options: options.sms ?? {},
    now: clock,
    log: (line) => console.error(line),
  });
  const table = createOperationTable(
    contract,
    {
      ...staffHandlers({ db, auth }),
      ...settingsHandlers({ db, onChange: (s) => live.setOfficeHours(s.officeHours) }),
      ...catalogHandlers({ db }),
      ...calendarHandlers({ calendar, db }),
      ...dossiersHandlers(dossierDeps),
      ...printingHandlers({
        printer,
        procedure,
        unitName: () => settings().unitName,
        declaredProcedure: (code) => findDeclaration(db, code)?.procedureCode,
      }),
      ...localPrintHandlers({ db }),
      ...queueHandlers({ db, calendar, procedure, printer, settings }),
      ...feedbackHandlers({ db }),
      ...reportsHandlers({ db, settings }),
      ...devicesHandlers({ devices, kioskDeviceRequired: !kioskOpen }),
      ...portalHandlers({ db, enabled: Boolean(portal), kick: () => void portal?.tick() }),
      ...feesHandlers({ db, settings, fees: createFeeService({ db, settings, printer }) }),
      ...systemHandlers({ system }),
    },
    clock,
    { kioskOpen },
  );
  system.start();
  return {
    db,
    table,
    system,
    auth,
    printer,
    devices,
    portal,
    tlsFingerprint: options.tlsFingerprint ?? null,
    generatedAdminPassword: admin.generatedPassword,
    close: () => {
      void renderer?.close();
      portal?.stop();
      system.stop();
      auth.close();
      sms.stop();
      zalo.stop();
      db.close();
      unlock();
    },
  };
}
