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
import { HomeChooser, NotFound } from './HomeChooser';
import { KioskShell } from './kiosk/KioskShell';
import { KioskHome } from './kiosk/KioskHome';
import { KioskSearch } from './kiosk/KioskSearch';
import { ProcedurePage } from './kiosk/ProcedurePage';
import { DeclareForm } from './kiosk/DeclareForm';
import { DeclareDone } from './kiosk/DeclareDone';
import { LookupScreen } from './kiosk/LookupScreen';
import { BrowseFields } from './kiosk/BrowseFields';
import { FieldProcedures } from './kiosk/FieldProcedures';
import { TicketScreen } from './kiosk/TicketScreen';
import { TicketIssued } from './kiosk/TicketIssued';
import { RatingScreen, RatingThanks } from './kiosk/RatingScreen';
import { DisplayBoard } from './display/DisplayBoard';
import { OfficerScreen } from './officer/OfficerScreen';
import { AdminScreen } from './admin/AdminScreen';
import { LogbookScreen } from './officer/LogbookScreen';
import { StatsScreen } from './officer/StatsScreen';
import { CustomerScreen } from './fees/CustomerScreen';

const routes: RouteObject[] = [
  { path: '/', element: <HomeChooser /> },
  {
    path: '/kiosk',
    element: <KioskShell />,
    children: [
      { index: true, element: <KioskHome /> },
      { path: 'search', element: <KioskSearch /> },
      { path: 'procedure/:code', element: <ProcedurePage /> },
      { path: 'declare/:code', element: <DeclareForm /> },
      { path: 'done', element: <DeclareDone /> },
      { path: 'lookup', element: <LookupScreen /> },
      { path: 'fields', element: <BrowseFields /> },
      { path: 'fields/:field', element: <FieldProcedures /> },
      { path: 'ticket', element: <TicketScreen /> },
      { path: 'ticket/issued', element: <TicketIssued /> },
      { path: 'rate', element: <RatingScreen /> },
      { path: 'rate/thanks', element: <RatingThanks /> },
    ],
  },
  { path: '/display', element: <DisplayBoard /> },
  { path: '/customer', element: <CustomerScreen /> },
  { path: '/officer', element: <OfficerScreen /> },
  { path: '/officer/logbook', element: <LogbookScreen /> },
  { path: '/officer/stats', element: <StatsScreen /> },
  { path: '/admin/:tab?', element: <AdminScreen /> },
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
