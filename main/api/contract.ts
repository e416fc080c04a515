/**
 * The whole contract: every operation's name, role, input schema and result type, gathered from
 * the features. Node-free: the renderer's client is typed from `Contract`.
 */
import { staffContract } from '../staff/contract';
import { settingsContract } from '../settings/contract';
import { catalogContract } from '../catalog/contract';
import { calendarContract } from '../calendar/contract';
import { dossiersContract } from '../dossiers/contract';
import { printingContract } from '../printing/contract';
import { localPrintContract } from '../printing/local/contract';
import { queueContract } from '../queue/contract';
import { feedbackContract } from '../feedback/contract';
import { reportsContract } from '../reports/contract';
import { devicesContract } from '../devices/contract';
import { feesContract } from '../fees/contract';
import { portalContract } from '../portal/contract';
import { systemContract } from '../system/contract';

export const contract = {
  ...staffContract,
  ...settingsContract,
  ...catalogContract,
  ...calendarContract,
  ...dossiersContract,
  ...printingContract,
  ...localPrintContract,
  ...queueContract,
  ...feedbackContract,
  ...reportsContract,
  ...devicesContract,
  ...feesContract,
  ...portalContract,
  ...systemContract,
};

export type Contract = typeof contract;
export type OperationName = keyof Contract;
