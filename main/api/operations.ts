/**
 * The operation table: the only door into the core. Every call, from IPC or HTTP, is looked up
 * here, checked against the access policy, parsed by its schema (NFC first) and only then handled.
 */
import '../core/validation';
import { AppError } from '../core/errors';
import { describeIssues } from '../core/validation';
import type { Handlers, OpContext } from '../core/handlers';
import type { Caller, ContractShape, DeviceIdentity, Role } from '../core/types';
import { runInScope } from '../core/call-scope';
import { actorOf } from '../audit/log';
import { decide, decideDevice } from '../staff/policy';
import { MAX_DEPTH, TooDeepError, nfcDeep } from '../text/normalize';

export interface CallContext {
  caller: Caller | null;
  token: string | null;
  origin: OpContext['origin'];
  client?: string;
  /** The paired device behind X-Motcua-Device, already resolved by the dispatch. */
  device?: DeviceIdentity | null;
}

export interface TableOptions {
  /**
   * Lifts the kiosk rule (kiosk operations without a paired kiosk). The hub composes its table
   * with `kioskOpen: false` unless started with --open-kiosk; a feature test's table is open.
   */
  kioskOpen?: boolean;
}

export interface OperationTable {
  /** Runs an operation by name; throws AppError for everything the caller must be told. */
  invoke(name: string, raw: unknown, call: CallContext): Promise<unknown>;
  has(name: string): boolean;
  names(): string[];
  /** The role an operation needs, so a transport can refuse before it reads a large body. */
  roleOf(name: string): Role | undefined;
}

/** Throws the 404/401/403 a caller gets for an operation before anything else is looked at. */
export function checkAccess(name: string, role: Role | undefined, caller: Caller | null): void {
  if (!role) throw new AppError('not_found', `Không có thao tác "${name.slice(0, 80)}".`);
  const decision = decide(caller, role);
  if (decision === 'unauthenticated')
    throw new AppError('unauthenticated', 'Vui lòng đăng nhập để thực hiện thao tác này.');
  if (decision === 'forbidden')
    throw new AppError('forbidden', 'Tài khoản của bạn không có quyền thực hiện thao tác này.');
}

/** NFC-normalises an input, answering 400 (not a stack overflow) for one nested too deep. */
function normalizeInput(raw: unknown): unknown {
  try {
    return nfcDeep(raw ?? {});
  } catch (error) {
    if (error instanceof TooDeepError)
      throw new AppError(
        'bad_input',
        `Dữ liệu gửi lên lồng nhau quá sâu (tối đa ${MAX_DEPTH} tầng).`,
      );
    throw error;
  }
}

/** Joins a contract with its handlers into the table both transports use. */
export function createOperationTable<C extends ContractShape>(
  contract: C,
  handlers: Handlers<C>,
  clock: () => Date = () => new Date(),
  options: TableOptions = {},
): OperationTable {
  const kioskOpen = options.kioskOpen ?? true;
  const has = (name: string) => Object.prototype.hasOwnProperty.call(contract, name);
  return {
    has,
    names: () => Object.keys(contract),
    roleOf: (name) => (has(name) ? contract[name].role : undefined),
    async invoke(name, raw, call) {
      const startedAt = performance.now();
      checkAccess(name, has(name) ? contract[name].role : undefined, call.caller);
      const spec = contract[name];
      const device = call.device ?? null;
      if (decideDevice(name, spec.role, { ...call, device, kioskOpen }) === 'device_required')
        throw new AppError(
          'device_required',
          'Thiết bị chưa được ghép nối: chỉ máy kiosk đã ghép nối với máy chủ mới làm được việc này.',
        );
      const parsed = spec.input.safeParse(normalizeInput(raw));
      if (!parsed.success) {
        const { message, field } = describeIssues(parsed.error);
        throw new AppError('bad_input', message, field);
      }
      const handler = handlers[name as keyof C] as (input: unknown, ctx: OpContext) => unknown;
      const scope = {
        device,
        actor: actorOf(call.caller),
        origin: call.origin,
        startedAt,
      };
      return await runInScope(scope, () => handler(parsed.data, { ...call, device, now: clock() }));
    },
  };
}
