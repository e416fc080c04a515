/**
 * The whole preload: a few invokers on the channels listed in main/shell/channels.ts, nothing
 * generic, no Node in the page. The app's own pages (file:) get the core and the first-run
 * channels; a hub's page shown on a desk gets only the desk's local printing.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../shell/channels';

const pageProtocol = (globalThis as { location?: { protocol: string } }).location?.protocol;

if (pageProtocol === 'file:') {
  contextBridge.exposeInMainWorld('motcua', {
    invoke: (op: string, input: unknown, token: string | null): Promise<unknown> =>
      ipcRenderer.invoke(CHANNELS.invoke, String(op), input, token),
  });
  contextBridge.exposeInMainWorld('motcuaShell', {
    setupState: (): Promise<unknown> => ipcRenderer.invoke(CHANNELS.setupState),
    completeSetup: (choice: unknown): Promise<unknown> =>
      ipcRenderer.invoke(CHANNELS.setupComplete, choice),
    startOver: (): Promise<unknown> => ipcRenderer.invoke(CHANNELS.setupStartOver),
    adminPassword: (): Promise<unknown> => ipcRenderer.invoke(CHANNELS.adminPassword),
    adminExit: (pin: string): Promise<unknown> =>
      ipcRenderer.invoke(CHANNELS.adminExit, String(pin)),
  });
} else {
  contextBridge.exposeInMainWorld('motcuaDesk', {
    printLocal: (jobId: number, document: unknown): Promise<unknown> =>
      ipcRenderer.invoke(CHANNELS.printLocal, Number(jobId), document),
  });
}
