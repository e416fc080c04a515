/** The citizen prints the list of papers for a procedure at the kiosk. */
import { test, expect, useCounter } from './fixtures';
import { KioskPage } from './pages/KioskPage';
import { decodeEscPosRaster } from '../support/raster-decoder';

useCounter();
// The kiosk's portrait screen: at a desktop size the docked keyboard covers the results.
test.use({ viewport: { width: 1080, height: 1920 } });

test('a citizen prints the document checklist of a procedure on the slip printer', async ({
  page,
  counter,
}) => {
  const kiosk = new KioskPage(page);
  await kiosk.goto();
  await kiosk.search('dang ky ket hon');
  await kiosk.openProcedure(0);
  const before = counter.printer.jobs.length;
  await page.getByRole('button', { name: 'In danh mục giấy tờ' }).click();
  await expect(page.getByRole('status', { name: 'In danh mục giấy tờ' })).toHaveText(
    /Đã in danh mục giấy tờ/u,
  );
  const jobs = await counter.printer.waitForJobs(before + 1);
  const image = decodeEscPosRaster(jobs[before]);
  expect(image.width).toBe(576);
  expect(image.height).toBeGreaterThan(200);
});
