/** The citizen kiosk as a script reads it: search, open a procedure, declare. Role-based locators only. */
import { expect, type Locator, type Page } from '@playwright/test';

export interface ApplicantInput {
  fullName: string;
  idNumber: string;
  phone: string;
  address: string;
  email?: string;
}

export class KioskPage {
  readonly page: Page;
  readonly searchBox: Locator;
  readonly results: Locator;
  readonly homeButton: Locator;

  constructor(page: Page) {
    this.page = page;
    this.searchBox = page.getByRole('searchbox', { name: 'Tên thủ tục hoặc mã thủ tục' });
    this.results = page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('button');
    this.homeButton = page.getByRole('button', { name: 'Về trang chủ' });
  }

  /** Opens the kiosk's home screen. */
  async goto(): Promise<void> {
    await this.page.goto('/kiosk');
    await expect(this.page.getByRole('button', { name: 'Tìm thủ tục' })).toBeVisible();
  }

  /** Goes to the search screen (from anywhere in the kiosk) and types the query; resolves with the result names, best first. */
  async search(query: string): Promise<string[]> {
    if (!(await this.searchBox.isVisible())) {
      if (!this.page.url().includes('/kiosk')) await this.goto();
      if (await this.homeButton.isVisible()) await this.homeButton.click();
      await this.page.getByRole('button', { name: 'Tìm thủ tục' }).click();
    }
    await this.searchBox.fill(query);
    await expect(this.page.getByRole('status').filter({ hasText: /Tìm thấy|Không tìm thấy/u })).toBeVisible();
    return this.resultNames();
  }

  /** The procedure names currently listed. */
  async resultNames(): Promise<string[]> {
    const names: string[] = [];
    for (const b of await this.results.all()) names.push(await nameOf(b));
    return names;
  }

  /** Opens a procedure from the results, by its exact name or its position (0 = best match). */
  async openProcedure(which: string | number = 0): Promise<void> {
    const target = typeof which === 'number' ? this.results.nth(which) : this.results.filter({ has: this.page.getByText(which, { exact: true }) }).first();
    const name = typeof which === 'string' ? which : await nameOf(target);
    await target.click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** From a procedure page: fills the declaration and sends it; resolves with the declaration code (e.g. "TK-9JSWBQ"). */
  async declare(applicant: ApplicantInput): Promise<string> {
    await this.fillDeclaration(applicant);
    await this.page.getByRole('button', { name: 'Gửi tờ khai' }).click();
    const code = this.page.getByRole('status', { name: 'Mã tờ khai' });
    await expect(code).toBeVisible();
    return ((await code.textContent()) ?? '').trim();
  }

  /** Fills the form without sending (for tests of the field errors). */
  async fillDeclaration(applicant: ApplicantInput): Promise<void> {
    const declareButton = this.page.getByRole('button', { name: 'Khai thông tin để nộp hồ sơ' });
    if (await declareButton.isVisible()) await declareButton.click();
    await this.field('Họ và tên').fill(applicant.fullName);
    await this.field('Số CCCD').fill(applicant.idNumber);
    await this.field('Số điện thoại').fill(applicant.phone);
    await this.field('Địa chỉ').fill(applicant.address);
    await this.field('Email').fill(applicant.email ?? '');
  }

  /** Sends the declaration form as it is (expecting an error). */
  async submitDeclaration(): Promise<void> {
    await this.page.getByRole('button', { name: 'Gửi tờ khai' }).click();
  }

  /** A declaration field by the start of its label: 'Họ và tên', 'Số CCCD', 'Số điện thoại', 'Địa chỉ', 'Email'. */
  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label });
  }

  /** The error shown under a field, or null when the field has none. */
  async fieldError(label: string): Promise<string | null> {
    const input = this.field(label);
    if ((await input.getAttribute('aria-invalid')) !== 'true') return null;
    const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id.endsWith('-error'));
    if (ids.length === 0) return null;
    return ((await this.page.locator(`[id="${ids[0]}"]`).textContent()) ?? '').trim();
  }

  /** Switches the kiosk's language. */
  async setLanguage(language: 'Tiếng Việt' | 'English'): Promise<void> {
    await this.page.getByRole('button', { name: language, exact: true }).click();
  }

  /** Back to the kiosk's home; the visit is cleared. */
  async goHome(): Promise<void> {
    await this.homeButton.click();
    await expect(this.page.getByRole('button', { name: 'Tìm thủ tục' })).toBeVisible();
  }
}

/** A result button's accessible name: the text of the element that labels it. */
async function nameOf(button: Locator): Promise<string> {
  const ids = ((await button.getAttribute('aria-labelledby')) ?? '').split(' ').filter(Boolean);
  if (ids.length === 0) return ((await button.textContent()) ?? '').trim();
  return ((await button.page().locator(`[id="${ids[0]}"]`).textContent()) ?? '').trim();
}
