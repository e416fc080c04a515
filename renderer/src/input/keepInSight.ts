/**
 * Scrolls the page so the field being typed (with its label, hint and error) sits between the top of
 * the screen and the on-screen keyboard; for the last field of a form the submit button is brought
 * into sight with it when both fit.
 */

const MARGIN = 16;

type Field = HTMLInputElement | HTMLTextAreaElement;

/** The submit button to show with `field` when it is the form's last keyboard field. */
function submitAfter(field: Field): HTMLElement | null {
  const form = field.form;
  if (!form) return null;
  const fields = Array.from(form.querySelectorAll('[data-osk]'));
  if (fields[fields.length - 1] !== field) return null;
  return form.querySelector<HTMLElement>('[type="submit"]');
}

/** Scrolls the window by the least amount that puts `field` above the top edge of `keyboard`. */
export function keepInSight(field: Field, keyboard: HTMLElement): void {
  if (!field.isConnected || !keyboard.isConnected) return;
  const room = keyboard.getBoundingClientRect().top - MARGIN;
  // The field with its label and messages when they fit, else the input alone.
  const frame = (field.closest('.field') ?? field).getBoundingClientRect();
  const box = frame.height <= room - MARGIN ? frame : field.getBoundingClientRect();
  const submit = submitAfter(field)?.getBoundingClientRect();
  const bottom =
    submit && submit.bottom - box.top <= room - MARGIN
      ? Math.max(box.bottom, submit.bottom)
      : box.bottom;
  if (bottom > room) window.scrollBy(0, Math.min(bottom - room, box.top - MARGIN));
  else if (box.top < MARGIN) window.scrollBy(0, box.top - MARGIN);
}
