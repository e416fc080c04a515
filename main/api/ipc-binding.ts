/**
 * Binds the operation table to Electron IPC without importing Electron: the shell passes its
 * `ipcMain` and a sender check. One channel, one handler, the same dispatch as HTTP.
 */
import { dispatch } from './dispatch';
import type { OperationTable } from './operations';
import type { Auth } from '../staff/auth';
import type { DeviceResolver } from './dispatch';

export const IPC_CHANNEL = 'motcua:invoke';

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => unknown,
  ): void;
}

/** Registers the invoke channel; messages from frames that are not ours are refused. */
export function bindIpc(
  ipc: IpcMainLike,
  deps: {
    table: OperationTable;
    auth: Auth;
    devices?: DeviceResolver;
    clock?: () => Date;
    log?: (e: unknown) => void;
    isTrustedUrl(url: string): boolean;
  },
): void {
  ipc.handle(IPC_CHANNEL, async (event, op, input, token) => {
    const url = event.senderFrame?.url ?? '';
    if (!deps.isTrustedUrl(url))
      return {
        status: 403,
        body: { error: { code: 'forbidden', message: 'Nguồn gọi không được phép.' } },
      };
    if (typeof op !== 'string')
      return {
        status: 400,
        body: { error: { code: 'bad_input', message: 'Thiếu tên thao tác.' } },
      };
    return dispatch(
      {
        table: deps.table,
        auth: deps.auth,
        devices: deps.devices,
        clock: deps.clock ?? (() => new Date()),
        log: deps.log ?? console.error,
      },
      op,
      input,
      { token: typeof token === 'string' ? token : null, origin: 'ipc', client: 'local' },
    );
  });
}
