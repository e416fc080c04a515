/**
 * Kiosk navigation that never grows the browser history: every move replaces the current entry,
 * so after a reset (or "Về trang chủ") Back cannot bring back the previous citizen's pages.
 */
import { useCallback } from 'react';
import { useNavigate, type NavigateOptions } from 'react-router';

/** Like `useNavigate`, always with `replace`. */
export function useKioskNavigate(): (
  to: string,
  options?: NavigateOptions,
) => void | Promise<void> {
  const navigate = useNavigate();
  return useCallback(
    (to: string, options?: NavigateOptions) => navigate(to, { ...options, replace: true }),
    [navigate],
  );
}
