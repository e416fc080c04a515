/**
 * The operation table: the only door into the core. Every call, from IPC or HTTP, is looked up
 * here, checked against the access policy, parsed by its schema (NFC first) and only then handled.
 */
import '../core/validation';
import { AppError } from '../core/errors';
import { describeIssues } from '../core/validation';
import type { Handlers, OpContext } from '../core/handlers';
import type { Caller, ContractShape } from '../core/types';
import { decide } from '../staff/policy';
import { nfcDeep } from '../text/normalize';

export interface CallContext {
  caller: Caller | null;
  token: string | null;
  origin: OpContext['origin'];
  client?: string;
}

export interface OperationTable {
  /** Runs an operation by name; throws AppError for everything the caller must be told. */
  invoke(name: string, raw: unknown, call: CallContext): Promise<unknown>;
  has(name: string): boolean;
  names(): string[];
}

/** Joins a contract with its handlers into the table both transports use. */
export function createOperationTable<C extends ContractShape>(
  contract: C,
  handlers: Handlers<C>,
  clock: () => Date = () => new Date(),
): OperationTable {
  const has = (name: string) => Object.prototype.hasOwnProperty.call(contract, name);
  return {
    has,
    names: () => Object.keys(contract),
    async invoke(name, raw, call) {
      if (!has(name)) throw new AppError('not_found', `Không có thao tác "${name.slice(0, 80)}".`);
      const spec = contract[name];
      const decision = decide(call.caller, spec.role);
      if (decision === 'unauthenticated')
        throw new AppError('unauthenticated', 'Vui lòng đăng nhập để thực hiện thao tác này.');
      if (decision === 'forbidden')
        throw new AppError('forbidden', 'Tài khoản của bạn không có quyền thực hiện thao tác này.');
      const parsed = spec.input.safeParse(nfcDeep(raw ?? {}));
      if (!parsed.success) {
        const { message, field } = describeIssues(parsed.error);
        throw new AppError('bad_input', message, field);
      }
      const handler = handlers[name as keyof C] as (input: unknown, ctx: OpContext) => unknown;
      return await handler(parsed.data, { ...call, now: clock() });
    },
  };
}
