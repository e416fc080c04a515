/** The waiting hall's TV (/display): the number being called and each counter's line. */
import { expect, type Locator, type Page } from '@playwright/test';

export class DisplayPage {
  readonly page: Page;
  readonly nowCalling: Locator;
  readonly counters: Locator;

  constructor(page: Page) {
    this.page = page;
    this.nowCalling = page.getByRole('region', { name: 'Mời số' });
    this.counters = page.getByRole('region', { name: 'Các quầy' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/display');
    await expect(this.counters).toBeVisible();
  }

  /** The row of one counter by its name, e.g. "Quầy số 1". */
  counterRow(name: string): Locator {
    return this.counters
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }
}
