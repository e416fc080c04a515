/**
 * Issue 14, the hall: with 8 counters, the call, every counter and the latest calls fit on the TV
 * without scrolling, at 1920×1080 and at 1080×1920.
 */
import { test, expect, useCounter, OFFICER } from './fixtures';
import { callApi } from '../support/hub-process';
import { DisplayPage } from './pages/DisplayPage';

useCounter();

const SIZES = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
} as const;

test('the hall of 8 counters fits the screen in both orientations', async ({
  browser,
  counter,
}) => {
  const admin = counter.adminToken;
  const counters = Array.from({ length: 8 }, (_, i) => ({
    number: i + 1,
    name: `Quầy số ${i + 1}`,
    fields: [],
  }));
  expect((await callApi(counter.hub.url, 'queue.setCounters', { counters }, admin)).status).toBe(
    200,
  );
  const desk = (
    await callApi(counter.hub.url, 'auth.login', {
      username: OFFICER.username,
      password: OFFICER.password,
    })
  ).body.token as string;
  for (let i = 0; i < 10; i += 1) await callApi(counter.hub.url, 'queue.take', {});
  for (let n = 1; n <= 6; n += 1)
    await callApi(counter.hub.url, 'queue.callNext', { counter: n }, desk);

  for (const [name, viewport] of Object.entries(SIZES)) {
    await test.step(name, async () => {
      const page = await browser.newPage({ baseURL: counter.hub.url, viewport });
      const tv = new DisplayPage(page);
      await tv.goto();
      await expect(tv.counterRow('Quầy số 8')).toBeVisible();
      await expect(tv.nowCalling).toBeVisible();
      // Nothing below the bottom of the screen: the page is no taller than the TV.
      const heights = await page.evaluate(() => ({
        page: document.documentElement.scrollHeight,
        screen: window.innerHeight,
      }));
      expect(heights.page).toBeLessThanOrEqual(heights.screen);
      for (let n = 1; n <= 8; n += 1) {
        const box = await tv.counterRow(`Quầy số ${n}`).boundingBox();
        expect(box && box.y + box.height).toBeLessThanOrEqual(viewport.height);
      }
      await page.close();
    });
  }
});
