/** The admin desk (/admin/<tab>): sign in, switch tabs, and the calendar, procedure and print-journal steps. */
import { expect, type Locator, type Page } from '@playwright/test';

export class AdminPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** Opens /admin/<tab> and signs in as the admin. */
  async signIn(password: string, tab = 'procedures'): Promise<void> {
    await this.page.goto(`/admin/${tab}`);
    await this.page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('admin');
    await this.page.getByLabel('Mật khẩu').fill(password);
    await this.page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(this.page.getByRole('navigation', { name: 'Mục quản trị' })).toBeVisible();
  }

  /** Switches to a tab by its name ('Thủ tục', 'Lịch làm việc', 'Máy in', 'Tài khoản', 'Quầy', 'Đơn vị'). */
  async tab(name: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Mục quản trị' })
      .getByRole('link', { name, exact: true })
      .click();
  }

  // ---------- calendar ----------

  /** The button of one day in the year grid, by its date as dd/mm/yyyy. */
  day(ddmmyyyy: string): Locator {
    return this.page.getByRole('button', {
      name: new RegExp(`^${ddmmyyyy.replaceAll('/', '\\/')}: `, 'u'),
    });
  }

  /** Shows the given year in the grid with the year buttons. */
  async showYear(year: number): Promise<void> {
    const title = this.page.getByRole('heading', { name: /^Lịch làm việc năm \d{4}$/u });
    for (;;) {
      const shown = Number(((await title.textContent()) ?? '').slice(-4));
      if (shown === year) return;
      await this.page.getByRole('button', { name: shown > year ? 'Năm trước' : 'Năm sau' }).click();
      await expect(title).toHaveText(`Lịch làm việc năm ${shown > year ? shown - 1 : shown + 1}`);
    }
  }

  /** Clicks a day, sets its kind ('Ngày nghỉ', 'Ngày làm việc bù', 'Ngày thường (theo tuần)') and note, saves. */
  async editDay(ddmmyyyy: string, kind: string, note: string): Promise<void> {
    await this.day(ddmmyyyy).click();
    const form = this.page.getByRole('form', { name: `Ngày ${ddmmyyyy}` });
    await form.getByLabel('Loại ngày').selectOption({ label: kind });
    if (note) await form.getByLabel('Ghi chú').fill(note);
    await form.getByRole('button', { name: 'Lưu ngày' }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: `Đã lưu ngày ${ddmmyyyy}.` }),
    ).toBeVisible();
  }

  // ---------- procedures ----------

  async searchProcedures(query: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Tìm thủ tục (tên hoặc mã)' }).fill(query);
    await expect(this.page.getByRole('table', { name: 'Kết quả tìm kiếm' })).toBeVisible();
  }

  /** Presses "Ẩn khỏi kiosk" or "Hiện lại trên kiosk" on a procedure's row and waits for the confirmation. */
  async setHidden(procedureName: string, hidden: boolean): Promise<void> {
    await this.page
      .getByRole('button', {
        name: `${hidden ? 'Ẩn khỏi kiosk' : 'Hiện lại trên kiosk'}: ${procedureName}`,
        exact: true,
      })
      .click();
    await expect(
      this.page
        .getByRole('status')
        .filter({ hasText: hidden ? /khỏi kiosk/u : /hiện lại trên kiosk/u }),
    ).toBeVisible();
  }

  // ---------- printing ----------

  /** The rows of the print journal (header excluded). */
  journalRows(): Locator {
    return this.page.getByRole('table', { name: 'Nhật ký in' }).locator('tbody tr');
  }

  /** "In lại" on a journal job by its number; resolves with the outcome line shown. */
  async reprint(jobId: number): Promise<string> {
    await this.page.getByRole('button', { name: `In lại ${jobId}`, exact: true }).click();
    const outcome = this.page.getByRole('status').filter({ hasText: /^Lệnh in số \d+/u });
    await expect(outcome).toBeVisible();
    return ((await outcome.textContent()) ?? '').trim();
  }
}
