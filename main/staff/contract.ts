/** Signing in and managing staff accounts. */
import { z } from 'zod';
import { spec, type Caller } from '../core/types';
import { text } from '../core/fields';
import type { LoginResult, StaffAccount } from './types';
import { passwordProblem } from './password-rule';

const username = z
  .string()
  .max(64)
  .transform((s) => s.trim())
  .pipe(
    z.string().regex(/^[A-Za-z0-9._-]{3,32}$/u, {
      error: 'chỉ gồm 3–32 chữ cái không dấu, chữ số, dấu chấm, gạch',
    }),
  );
const newPassword = z.string().min(1).max(128);

/** Refuses a new password the rule forbids (too short, the user name, a common one), naming the field. */
const passwordRule = (v: { username: string; password: string }, ctx: z.RefinementCtx) => {
  const problem = passwordProblem(v.password, v.username);
  if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
};

export const staffContract = {
  'auth.login': spec<LoginResult>()({
    role: 'kiosk',
    input: z
      .object({ username: z.string().min(1).max(64), password: z.string().min(1).max(128) })
      .strict(),
    doc: 'Signs an officer or admin in; later calls send the token as a bearer.',
  }),
  'auth.logout': spec<{ ok: true }>()({
    role: 'kiosk',
    input: z.object({}).strict(),
    doc: 'Ends the session of the token the call came with.',
  }),
  'auth.me': spec<{ caller: Caller | null }>()({
    role: 'kiosk',
    input: z.object({}).strict(),
    doc: 'Who the token belongs to, so a reloaded screen knows whether it is still signed in.',
  }),
  'staff.create': spec<StaffAccount>()({
    role: 'admin',
    input: z
      .object({
        username,
        password: newPassword,
        fullName: text(100),
        role: z.enum(['officer', 'admin', 'kiosk']),
      })
      .strict()
      .superRefine(passwordRule),
    doc: 'Adds an officer, admin or kiosk-device account.',
  }),
  'staff.list': spec<{ items: StaffAccount[] }>()({
    role: 'admin',
    input: z.object({}).strict(),
    doc: 'Every account, for the admin screen.',
  }),
  'staff.setActive': spec<StaffAccount>()({
    role: 'admin',
    input: z.object({ username, active: z.boolean() }).strict(),
    doc: 'Disables an account that must no longer sign in (its sessions end), or enables it again.',
  }),
  'staff.resetPassword': spec<{ ok: true }>()({
    role: 'admin',
    input: z.object({ username, password: newPassword }).strict().superRefine(passwordRule),
    doc: 'Sets a new password for an account that forgot its own; its sessions end.',
  }),
};
