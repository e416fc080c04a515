/** The devices handlers: one-liners over the device service. */
import type { Handlers } from '../core/handlers';
import { actorOf } from '../audit/log';
import type { devicesContract } from './contract';
import type { DeviceService } from './service';

/** Binds the devices contract; `kioskDeviceRequired` is the hub's kiosk rule (off with --open-kiosk). */
export function devicesHandlers(deps: {
  devices: DeviceService;
  kioskDeviceRequired: boolean;
}): Handlers<typeof devicesContract> {
  const { devices } = deps;
  return {
    'devices.createPairing': (input, ctx) =>
      devices.createPairing(input.kind, input.name, actorOf(ctx.caller), ctx.now),
    'devices.pair': (input, ctx) => devices.pair(input.pairingCode, ctx.client ?? 'local', ctx.now),
    'devices.current': (_input, ctx) => ({
      device: ctx.device ?? null,
      kioskDeviceRequired: deps.kioskDeviceRequired && ctx.origin === 'http',
    }),
    'devices.list': () => ({ items: devices.list() }),
    'devices.revoke': (input, ctx) => devices.revoke(input.id, actorOf(ctx.caller), ctx.now),
    'devices.setPrinter': (input, ctx) =>
      devices.setPrinter(input.id, input, actorOf(ctx.caller), ctx.now),
  };
}
