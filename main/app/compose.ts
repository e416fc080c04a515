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
import { getProcedure, loadSampleCatalogIfEmpty } from '../catalog/repo';
import { inPersonProcessing } from '../catalog/time-fee';
import { calendarHandlers } from '../calendar/operations';
import { createLiveCalendar } from '../calendar/service';
import { dossiersHandlers } from '../dossiers/operations';
import type { DossierDeps } from '../dossiers/service';
import { printingHandlers } from '../printing/operations';
import { createPrintService, type PrintService } from '../printing/service';
import { parsePrinterUri } from '../printing/uri';
import { queueHandlers } from '../queue/operations';
import { feedbackHandlers } from '../feedback/operations';
import { reportsHandlers } from '../reports/operations';
import { feesHandlers } from '../fees/operations';
import { createFeeService } from '../fees/service';
import { portalHandlers } from '../portal/operations';
import { startPortalWorker, type PortalOptions } from '../portal/portal-sender';
import { startOutboxWorker, type OutboxWorker, type RetryOptions } from '../portal/worker';
import { smsSender } from '../portal/sms';

export interface CoreOptions {
  dataDir: string;
  printer?: string;
  adminPassword?: string;
  clock?: () => Date;
  /** Starts the portal worker; absent, changes wait in the outbox. */
  portal?: PortalOptions;
  /** Back-off of the SMS worker (tests shorten it). */
  sms?: RetryOptions;
}

export interface Core {
  db: Db;
  table: OperationTable;
  auth: Auth;
  printer: PrintService;
  portal?: OutboxWorker;
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
  loadSampleCatalogIfEmpty(db);
  const admin = await ensureAdmin(db, options.adminPassword, clock());
  const auth = createAuth(db);
  const printer = createPrintService({ db, printerUri, dataDir: options.dataDir, now: clock });
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
  const table = createOperationTable(
    contract,
    {
      ...staffHandlers({ db, auth }),
      ...settingsHandlers({ db, onChange: (s) => live.setOfficeHours(s.officeHours) }),
      ...catalogHandlers({ db }),
      ...calendarHandlers({ calendar, db }),
      ...dossiersHandlers(dossierDeps),
      ...printingHandlers({ printer, procedure, unitName: () => settings().unitName }),
      ...queueHandlers({ db, procedure, printer, settings }),
      ...feedbackHandlers({ db }),
      ...reportsHandlers({ db, settings }),
      ...portalHandlers({ db, enabled: Boolean(portal), kick: () => void portal?.tick() }),
      ...feesHandlers({ db, settings, fees: createFeeService({ db, settings, printer }) }),
    },
    clock,
  );
  return {
    db,
    table,
    auth,
    printer,
    portal,
    generatedAdminPassword: admin.generatedPassword,
    close: () => {
      portal?.stop();
      sms.stop();
      db.close();
    },
  };
}
