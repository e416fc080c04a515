/**
 * The citizen kiosk as a script reads it: search, browse, open a procedure, declare (typing on the
 * on-screen keyboard or filling), take a ticket, rate. Role-based locators only.
 */
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
  /** The on-screen letter keyboard (Vietnamese, Telex) and the number pad. */
  readonly keyboard: Locator;
  readonly numberPad: Locator;

  constructor(page: Page) {
    this.page = page;
    this.searchBox = page.getByRole('searchbox', { name: 'Tên thủ tục hoặc mã thủ tục' });
    this.results = page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('button');
    this.homeButton = page.getByRole('button', { name: 'Về trang chủ' });
    this.keyboard = page.getByRole('group', { name: 'Bàn phím', exact: true });
    this.numberPad = page.getByRole('group', { name: 'Bàn phím số', exact: true });
  }

  /** Taps keys of the on-screen keyboard one by one, as a citizen does: `tap('nguyeenx')`; a space is "Dấu cách". */
  async tap(keys: string): Promise<void> {
    await expect(this.keyboard).toBeVisible();
    for (const ch of Array.from(keys)) {
      const name =
        ch === ' '
          ? 'Dấu cách'
          : new RegExp(`^${ch.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'iu');
      await this.keyboard.getByRole('button', { name, exact: typeof name === 'string' }).click();
    }
  }

  /** Taps digits on the number pad. */
  async tapDigits(digits: string): Promise<void> {
    await expect(this.numberPad).toBeVisible();
    for (const d of Array.from(digits))
      await this.numberPad.getByRole('button', { name: d, exact: true }).click();
  }

  /** Taps "Xong" on whichever keyboard is open. */
  async tapDone(): Promise<void> {
    await this.keyboard
      .or(this.numberPad)
      .getByRole('button', { name: 'Xong', exact: true })
      .click();
  }

  /** Taps outside any field (the page's heading), which closes the keyboard. */
  async closeKeyboard(): Promise<void> {
    await this.page.getByRole('heading', { level: 1 }).click();
    await expect(this.keyboard.or(this.numberPad)).toHaveCount(0);
  }

  /** From home: browses by field and opens a procedure of that field by its exact name. */
  async browse(field: string, procedureName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Xem thủ tục theo lĩnh vực' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Thủ tục theo lĩnh vực' }),
    ).toBeVisible();
    await this.page.getByRole('button', { name: new RegExp(`^${field}\\b`, 'u') }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: field })).toBeVisible();
    await this.page.getByRole('button', { name: procedureName, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: procedureName })).toBeVisible();
  }

  /** Taps "Lấy số thứ tự" (on a procedure or after declaring); resolves with the ticket number and the counter line. */
  async takeTicket(): Promise<{ ticket: string; counter: string; printStatus: string }> {
    await this.page.getByRole('button', { name: 'Lấy số thứ tự' }).click();
    return this.ticketShown();
  }

  /** What the ticket screen shows. */
  async ticketShown(): Promise<{ ticket: string; counter: string; printStatus: string }> {
    const number = this.page.getByRole('status', { name: 'Số thứ tự của ông/bà' });
    await expect(number).toBeVisible();
    const text = async (l: Locator) => ((await l.textContent()) ?? '').trim();
    return {
      ticket: await text(number),
      counter: await text(this.page.getByRole('status', { name: 'Quầy' })),
      printStatus: await text(this.page.getByRole('status', { name: 'In phiếu' })),
    };
  }

  /** On the rating screen: taps one of the five levels by its Vietnamese name; resolves when the thanks show. */
  async rate(
    level: 'Rất hài lòng' | 'Hài lòng' | 'Bình thường' | 'Không hài lòng' | 'Rất không hài lòng',
  ): Promise<void> {
    await this.page.getByRole('button', { name: level, exact: true }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Cảm ơn ông/bà đã đánh giá' }),
    ).toBeVisible();
  }

  /** The text size switch: 'A', 'A+' or 'A++'. */
  async setTextSize(size: 'A' | 'A+' | 'A++'): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Cỡ chữ' })
      .getByRole('button', { name: size, exact: true })
      .click();
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
    await expect(
      this.page
        .getByRole('status')
        .filter({ hasText: /Tìm thấy|Không tìm thấy|Có phải|Xin cho biết/u }),
    ).toBeVisible();
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
    const target =
      typeof which === 'number'
        ? this.results.nth(which)
        : this.results.filter({ has: this.page.getByText(which, { exact: true }) }).first();
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
    await this.closeKeyboard();
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
    const ids = ((await input.getAttribute('aria-describedby')) ?? '')
      .split(' ')
      .filter((id) => id.endsWith('-error'));
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
