/**
 * Every IPC channel between the preload and the main process, listed once (Node-free: the
 * preload bundles it). The app's own pages (file:) get the core and the shell channels; a hub's
 * pages shown in a desk's window get only the desk's local printing.
 */
export const CHANNELS = {
  /** The operation table (main/api/ipc-binding.ts), single machine only. */
  invoke: 'motcua:invoke',
  /** The first-run screen: what the app knows (problem with the settings file, OS printers). */
  setupState: 'motcua:setup:state',
  /** The first-run screen: the choices (main/shell/first-run.ts); the app restarts into its mode. */
  setupComplete: 'motcua:setup:complete',
  /** The first-run screen: keep the bad settings file aside and start over. */
  setupStartOver: 'motcua:setup:startOver',
  /** Single machine: the generated admin password, answered once, then null. */
  adminPassword: 'motcua:setup:adminPassword',
  /** Kiosk, display: the admin exit with the PIN. */
  adminExit: 'motcua:shell:adminExit',
  /** Workstation: print a slip document the hub handed back on this desk's own printer. */
  printLocal: 'motcua:desk:printLocal',
} as const;

/** Channels a page served by the hub may use (the rest need the app's own file: pages). */
export const HUB_PAGE_CHANNELS: readonly string[] = [CHANNELS.printLocal];
