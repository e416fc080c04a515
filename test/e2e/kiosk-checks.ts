/**
 * What every kiosk screen must satisfy (kiosk-a11y.spec.ts, and the screens other specs open, such
 * as the camera panel): no serious or critical axe violations, touch targets ≥ 64 px, text ≥ 20 px,
 * no horizontal scrolling.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** What a kiosk screen must satisfy, returned as a list of findings (empty when fine). */
export async function checkScreen(page: Page, screen: string): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).analyze();
  const findings = axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen}: axe ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  const layout = await page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      out.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    for (const el of document.querySelectorAll(
      '.kiosk button, .kiosk input, .kiosk a[href], .kiosk select',
    )) {
      if (!visible(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.height < 63.5 || r.width < 63.5)
        out.push(
          `small target ${Math.round(r.width)}×${Math.round(r.height)}: ${el.textContent?.trim().slice(0, 40) || el.getAttribute('aria-label') || el.tagName}`,
        );
    }
    const walker = document.createTreeWalker(
      document.querySelector('.kiosk') ?? document.body,
      NodeFilter.SHOW_TEXT,
    );
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || !visible(el)) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 19.5) out.push(`text ${size}px: ${n.textContent.trim().slice(0, 40)}`);
    }
    return out;
  });
  return [...findings, ...layout.map((l) => `${screen}: ${l}`)];
}
