/**
 * A keyboard-wedge scanner reading the CCCD QR types `ID|old ID|name|…` and Enter into whichever
 * field has focus. Typing is watched in the capture phase: once a "|" shows the typing is a scan, the
 * rest of it is kept out of the fields, the field it started in gets its value back, and at Enter the
 * scan is parsed and handed over whole, or refused whole. Nothing of the scan is kept.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { MAX_CCCD_QR, parseCccdQr, type CccdResult } from '../input/cccd';

const PAUSE_MS = 400;

/** Watches the form for a CCCD scan; `onScan` gets the parse and the field value to put back. */
export function useCccdScan(
  form: RefObject<HTMLFormElement | null>,
  onScan: (r: CccdResult, restore: { input: HTMLInputElement; value: string } | null) => void,
): void {
  const buffer = useRef('');
  const scanning = useRef(false);
  const start = useRef<{ input: HTMLInputElement; value: string } | null>(null);
  const last = useRef(0);
  const handler = useRef(onScan);
  useEffect(() => {
    handler.current = onScan;
  });

  useEffect(() => {
    const el = form.current;
    if (!el) return;
    const reset = () => {
      buffer.current = '';
      scanning.current = false;
      start.current = null;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter') return;
      if (scanning.current) {
        e.preventDefault();
        e.stopPropagation();
        handler.current(parseCccdQr(buffer.current), start.current);
      }
      reset();
    };
    // Characters are read from beforeinput: a scanner's Vietnamese letters arrive as inserted text, not as keys.
    const onInput = (e: InputEvent) => {
      if (e.inputType !== 'insertText' || !e.data) return;
      const target = e.target instanceof HTMLInputElement ? e.target : null;
      // A person pauses between keys; a scanner does not: a pause starts a new buffer.
      if (!scanning.current && e.timeStamp - last.current > PAUSE_MS) reset();
      last.current = e.timeStamp;
      if (!buffer.current && target) start.current = { input: target, value: target.value };
      if (buffer.current.length <= MAX_CCCD_QR) buffer.current += e.data;
      if (e.data.includes('|')) scanning.current = true;
      if (scanning.current) e.preventDefault();
    };
    el.addEventListener('keydown', onKey, true);
    el.addEventListener('beforeinput', onInput, true);
    el.addEventListener('focusin', reset);
    return () => {
      el.removeEventListener('keydown', onKey, true);
      el.removeEventListener('beforeinput', onInput, true);
      el.removeEventListener('focusin', reset);
    };
  }, [form]);
}
