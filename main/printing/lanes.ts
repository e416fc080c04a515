/**
 * One lane per printer: its own queue, so a stuck printer never delays another device's slips,
 * and its health, so a printer found dead fails fast with its cause until a test page or a
 * reprint gets through again.
 */
import { describeTarget, parsePrinterUri } from './uri';
import type { PaperWidth, PrinterProfile, PrinterTarget } from './types';

export interface Lane {
  target: PrinterTarget;
  profile: PrinterProfile;
  /** The cause of the last failure while the printer is down; null when it is up. */
  down: string | null;
  /** Runs `work` after every job already queued on this printer. */
  enqueue<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves once every job queued so far has finished. */
  idle(): Promise<void>;
}

/** The profile: defaults for the target's kind, overridden by the URI's own parameters. */
export function resolveProfile(
  target: PrinterTarget,
  paperWidth: PaperWidth = 576,
): PrinterProfile {
  return {
    widthDots: paperWidth,
    cut: true,
    maxBand: 255,
    status: target.kind === 'tcp',
    ...target.profile,
  };
}

function createLane(target: PrinterTarget, profile: PrinterProfile): Lane {
  let chain: Promise<unknown> = Promise.resolve();
  return {
    target,
    profile,
    down: null,
    enqueue(work) {
      const next = chain.then(work);
      chain = next.catch(() => undefined);
      return next;
    },
    idle: () => chain.then(() => undefined),
  };
}

/** The lanes of every printer used so far, keyed by URI; created on first use. */
export function createLanes(paperWidth?: PaperWidth) {
  const lanes = new Map<string, Lane>();
  return {
    /** The lane of a URI (already checked when it was configured). */
    get(uri: string): Lane {
      let lane = lanes.get(uri);
      if (!lane) {
        const target = parsePrinterUri(uri);
        lane = createLane(target, resolveProfile(target, paperWidth));
        lanes.set(uri, lane);
      }
      return lane;
    },
    async idle(): Promise<void> {
      await Promise.all([...lanes.values()].map((l) => l.idle()));
    },
  };
}

/** The message of a job refused at once because its printer is down. */
export const downMessage = (lane: Lane) =>
  `${describeTarget(lane.target)} đang lỗi từ lần in trước: ${lane.down ?? ''} Sửa máy in rồi bấm "In lại" hoặc "In thử".`;
