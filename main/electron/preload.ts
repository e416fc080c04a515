/** The whole preload: one invoker on one channel. No generic send, no Node in the page. */
import { contextBridge, ipcRenderer } from 'electron';

const CHANNEL = 'motcua:invoke';

contextBridge.exposeInMainWorld('motcua', {
  invoke: (op: string, input: unknown, token: string | null): Promise<unknown> =>
    ipcRenderer.invoke(CHANNEL, String(op), input, token),
});
