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
import { createPrintService, type PrintService } from '../printing/service';
import { parsePrinterUri } from '../printing/uri';
import { queueHandlers } from '../queue/operations';
import { feedbackHandlers } from '../feedback/operations';
import { reportsHandlers } from '../reports/operations';
import { devicesHandlers } from '../devices/operations';
import { createDeviceService, type DeviceService } from '../devices/service';
import { feesHandlers } from '../fees/operations';
import { createFeeService } from '../fees/service';
import { portalHandlers } from '../portal/operations';
import { startPortalWorker, type PortalOptions, type PortalWorker } from '../portal/worker';

export interface CoreOptions {
  dataDir: string;
  printer?: string;
  adminPassword?: string;
  clock?: () => Date;
  /** Load the sample catalog into an empty data directory (default true; the catalog CLI says false). */
  sample?: boolean;
  /** --open-kiosk: kiosk operations without a paired kiosk device. Off by default. */
  openKiosk?: boolean;
  /** SHA-256 fingerprint of the TLS certificate when the hub serves HTTPS; given at pairing. */
  tlsFingerprint?: string;
  /** Starts the portal worker; absent, changes wait in the outbox. */
  portal?: PortalOptions;
}

export interface Core {
  db: Db;
  table: OperationTable;
  auth: Auth;
  printer: PrintService;
  devices: DeviceService;
  portal?: PortalWorker;
  /** Set when this start created the admin account without a given password. */
  generatedAdminPassword?: string;
  close(): void;
}

/** Opens the data directory and builds every service and the operation table over it. */
export async function composeCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? (() => new Date());
  const printerUri = options.printer ?? 'preview';
  parsePrinterUri(printerUri); // a wrong URI stops the start, not the first citizen's slip
  const { db } = openDataDir(options.dataDir);
  if (options.sample !== false) loadSampleCatalogIfEmpty(db);
  const admin = await ensureAdmin(db, options.adminPassword, clock());
  const auth = createAuth(db);
  const printer = createPrintService({ db, printerUri, dataDir: options.dataDir, now: clock });
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
      ...queueHandlers({ db, procedure, printer, settings }),
      ...feedbackHandlers({ db }),
      ...reportsHandlers({ db, settings }),
      ...devicesHandlers({ devices, kioskDeviceRequired: !kioskOpen }),
      ...portalHandlers({ db, enabled: Boolean(portal), kick: () => void portal?.tick() }),
      ...feesHandlers({ db, settings, fees: createFeeService({ db, settings, printer }) }),
    },
    clock,
    { kioskOpen },
  );
  return {
    db,
    table,
    auth,
    printer,
    devices,
    portal,
    generatedAdminPassword: admin.generatedPassword,
    close: () => {
      portal?.stop();
      db.close();
    },
  };
}
