/** Signing in to a test hub and bursts of parallel accepts against it, for crash and backup tests. */
import { callApi, type HubProcess } from './hub-process';

/** The procedure every burst accepts under (a sample catalog procedure). */
export const BURST_PROCEDURE = '1.001193';

/** Signs in as the hub's admin and returns the session token; throws when refused. */
export async function signInAdmin(hub: HubProcess): Promise<string> {
  const res = await callApi(hub.url, 'auth.login', {
    username: 'admin',
    password: hub.adminPassword,
  });
  if (res.status !== 200) throw new Error(`login failed: ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

export interface Applicant {
  fullName: string;
  idNumber: string;
  phone: string;
  address: string;
}

export interface AcceptBurst {
  /** How many accepts this burst has had answered. */
  count(): number;
  /** Resolves once this burst has had `n` accepts answered; rejects with the first failed accept. */
  reach(n: number): Promise<void>;
  /** Asks every loop to stop after its request; `hubKilled`: a request failing from now on ends its loop quietly. */
  halt(hubKilled?: boolean): void;
  /** Settles when every loop has ended (rejects on an accept that failed otherwise). */
  done: Promise<void>;
}

/**
 * Runs `workers` loops of `dossiers.accept` (each with the applicant's name numbered by loop and
 * turn) until halted, pushing each answered dossier code onto `answered`.
 */
export function startAcceptBurst(
  hub: HubProcess,
  token: string,
  applicant: Applicant,
  workers: number,
  answered: string[],
): AcceptBurst {
  const state = {
    stopped: false,
    killed: false,
    count: 0,
    failure: undefined as Error | undefined,
  };
  const loop = async (i: number): Promise<void> => {
    for (let n = 0; !state.stopped; n++) {
      try {
        const input = {
          procedureCode: BURST_PROCEDURE,
          applicant: { ...applicant, fullName: `${applicant.fullName} ${i}-${n}` },
        };
        const res = await callApi(hub.url, 'dossiers.accept', input, token);
        if (res.status !== 200)
          throw new Error(`accept answered ${res.status}: ${JSON.stringify(res.body)}`);
        answered.push(res.body.dossierCode as string);
        state.count += 1;
      } catch (error) {
        if (state.killed) return; // the connection died with the hub: this accept was never answered
        state.failure = error instanceof Error ? error : new Error(String(error));
        throw error;
      }
    }
  };
  const done = Promise.all(Array.from({ length: workers }, (_, i) => loop(i))).then(() => {});
  done.catch(() => {}); // reported through reach() or by awaiting done, not as an unhandled rejection
  return {
    count: () => state.count,
    reach: async (n) => {
      while (state.count < n) {
        if (state.failure) throw state.failure;
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    halt: (hubKilled = false) => {
      state.stopped = true;
      state.killed ||= hubKilled;
    },
    done,
  };
}
