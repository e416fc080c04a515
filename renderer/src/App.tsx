/**
 * The routes. Served over http(s) (the hub, or electron-vite's dev server) the paths are real
 * (/kiosk, /officer …); loaded from file:// inside Electron they live after the `#`.
 */
import {
  createBrowserRouter,
  createHashRouter,
  RouterProvider,
  type RouteObject,
} from 'react-router';
import { lazy, Suspense, type ComponentType } from 'react';
import { HomeChooser, NotFound } from './HomeChooser';
import { DeviceGate } from './devices/DeviceGate';

/**
 * A screen loaded on its first visit (its own chunk), so the kiosk never downloads the officer's
 * and admin's screens, and the charts come only with the statistics.
 */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  const Screen = lazy<ComponentType>(() => load().then((m) => ({ default: m[name] })));
  return (
    <Suspense fallback={null}>
      <Screen />
    </Suspense>
  );
}

const routes: RouteObject[] = [
  { path: '/', element: <HomeChooser /> },
  {
    path: '/kiosk',
    element: (
      <DeviceGate screen="kiosk">
        {screen(() => import('./kiosk/KioskShell'), 'KioskShell')}
      </DeviceGate>
    ),
    children: [
      { index: true, element: screen(() => import('./kiosk/KioskHome'), 'KioskHome') },
      { path: 'search', element: screen(() => import('./kiosk/KioskSearch'), 'KioskSearch') },
      {
        path: 'procedure/:code',
        element: screen(() => import('./kiosk/ProcedurePage'), 'ProcedurePage'),
      },
      {
        path: 'declare/:code',
        element: screen(() => import('./kiosk/DeclareForm'), 'DeclareForm'),
      },
      { path: 'done', element: screen(() => import('./kiosk/DeclareDone'), 'DeclareDone') },
      { path: 'lookup', element: screen(() => import('./kiosk/LookupScreen'), 'LookupScreen') },
      { path: 'fields', element: screen(() => import('./kiosk/BrowseFields'), 'BrowseFields') },
      {
        path: 'fields/:field',
        element: screen(() => import('./kiosk/FieldProcedures'), 'FieldProcedures'),
      },
      { path: 'ticket', element: screen(() => import('./kiosk/TicketScreen'), 'TicketScreen') },
      {
        path: 'ticket/issued',
        element: screen(() => import('./kiosk/TicketIssued'), 'TicketIssued'),
      },
      { path: 'rate', element: screen(() => import('./kiosk/RatingScreen'), 'RatingScreen') },
      {
        path: 'rate/thanks',
        element: screen(() => import('./kiosk/RatingScreen'), 'RatingThanks'),
      },
    ],
  },
  {
    path: '/display',
    element: (
      <DeviceGate screen="display">
        {screen(() => import('./display/DisplayBoard'), 'DisplayBoard')}
      </DeviceGate>
    ),
  },
  {
    path: '/officer',
    element: (
      <DeviceGate screen="officer">
        {screen(() => import('./officer/OfficerScreen'), 'OfficerScreen')}
      </DeviceGate>
    ),
  },
  {
    path: '/officer/logbook',
    element: screen(() => import('./officer/LogbookScreen'), 'LogbookScreen'),
  },
  {
    path: '/officer/payments',
    element: screen(() => import('./officer/PaymentsScreen'), 'PaymentsScreen'),
  },
  { path: '/officer/stats', element: screen(() => import('./officer/StatsScreen'), 'StatsScreen') },
  { path: '/admin/:tab?', element: screen(() => import('./admin/AdminScreen'), 'AdminScreen') },
  { path: '/setup', element: screen(() => import('./setup/SetupScreen'), 'SetupScreen') },
  {
    path: '/setup/password',
    element: screen(() => import('./setup/AdminPassword'), 'AdminPassword'),
  },
  { path: '/setup/exit', element: screen(() => import('./setup/AdminExit'), 'AdminExit') },
  { path: '/customer', element: screen(() => import('./fees/CustomerScreen'), 'CustomerScreen') },
  { path: '*', element: <NotFound /> },
];

/** Electron may load `index.html#kiosk`; the hash router wants `#/kiosk`. */
function normaliseFileHash(): void {
  const { hash } = window.location;
  if (hash && !hash.startsWith('#/')) window.history.replaceState(null, '', `#/${hash.slice(1)}`);
}

const onFile = window.location.protocol === 'file:';
if (onFile) normaliseFileHash();
const router = onFile ? createHashRouter(routes) : createBrowserRouter(routes);

export function App() {
  return <RouterProvider router={router} />;
}
