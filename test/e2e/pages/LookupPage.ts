/** The public status lookup (/kiosk/lookup): type or scan a code, read the status. */
import { expect, type Locator, type Page } from '@playwright/test';

export interface LookupView {
  /** The plain-words status (statusText). */
  statusText: string;
  /** The short label, e.g. "Đã tiếp nhận". */
  statusLabel: string;
}

export class LookupPage {
  readonly page: Page;
  readonly codeBox: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    this.page = page;
    this.codeBox = page.getByRole('textbox', { name: 'Mã hồ sơ hoặc mã tờ khai' });
    this.status = page.getByRole('status', { name: 'Tình trạng' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/kiosk/lookup');
    await expect(this.codeBox).toBeVisible();
  }

  /**
   * Types the code (or a scanner's `CODE#SECRET`) and presses Enter, as a QR scanner does;
   * resolves with the status text. Throws with the on-screen error when the lookup is refused.
   */
  async lookup(code: string): Promise<string> {
    if (!(await this.codeBox.isVisible())) await this.goto();
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/api/dossiers.lookup'));
    await this.codeBox.fill(code);
    await this.codeBox.press('Enter');
    const response = await answered;
    if (!response.ok()) {
      const error = this.page.getByRole('alert');
      await expect(error).toBeVisible();
      throw new Error(((await error.textContent()) ?? '').trim());
    }
    const shown = (await response.json()) as { code: string };
    await expect(this.page.getByRole('heading', { name: `Mã: ${shown.code}` })).toBeVisible();
    return ((await this.status.textContent()) ?? '').trim();
  }

  /** A value of the status card by its label ('Thủ tục', 'Người nộp', 'Số CCCD', 'Số điện thoại', 'Ngày tiếp nhận', 'Ngày hẹn trả kết quả'). */
  async value(label: string): Promise<string> {
    const dd = this.page
      .locator('dt', { hasText: new RegExp(`^${label}$`, 'u') })
      .locator('xpath=following-sibling::dd[1]');
    return ((await dd.textContent()) ?? '').trim();
  }
}
