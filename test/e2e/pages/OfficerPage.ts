/** The officer workstation (/officer): sign in, open a code, check the documents, accept, read the print status. */
import { expect, type Locator, type Page } from '@playwright/test';

/** Steps that need no input: pressed, they ask "Xác nhận" before they run. */
const CONFIRMED_STEPS = new Set(['Đã có kết quả', 'Nhận lại hồ sơ']);

export interface AcceptedView {
  dossierCode: string;
  /** "Đã in", or "In không thành công: <lý do>". */
  printStatus: string;
  printed: boolean;
}

export class OfficerPage {
  readonly page: Page;
  readonly codeBox: Locator;
  readonly acceptButton: Locator;
  readonly printStatus: Locator;
  readonly dossierCode: Locator;

  constructor(page: Page) {
    this.page = page;
    this.codeBox = page.getByRole('textbox', { name: 'Mã tờ khai / mã hồ sơ' });
    this.acceptButton = page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true });
    this.printStatus = page.getByRole('status', { name: 'Trạng thái in' });
    this.dossierCode = page.getByRole('status', { name: 'Mã hồ sơ' });
  }

  /** Opens /officer and signs in. */
  async signIn(username: string, password: string): Promise<void> {
    await this.page.goto('/officer');
    await this.page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(username);
    await this.page.getByLabel('Mật khẩu').fill(password);
    await this.page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(this.codeBox).toBeVisible();
  }

  /** Types (or scans: code then Enter) a declaration or dossier code. */
  async open(code: string): Promise<void> {
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/api/dossiers.open'));
    await this.codeBox.fill(code);
    await this.codeBox.press('Enter');
    const response = await answered;
    if (!response.ok()) {
      const message = ((await response.json()) as { error: { message: string } }).error.message;
      await expect(this.page.getByText(message)).toBeVisible();
      throw new Error(message);
    }
    await expect(
      this.acceptButton.or(this.page.getByRole('heading', { name: /^Hồ sơ /u })),
    ).toBeVisible();
  }

  /** Ticks every document of the checklist as received (counts left as the procedure asks). */
  async tickAllDocuments(): Promise<number> {
    const boxes = this.page.getByRole('checkbox', { name: /^Đã nhận: /u });
    // The checklist comes with the procedure, which loads after the form: wait for it first.
    await boxes.first().waitFor();
    const n = await boxes.count();
    for (let i = 0; i < n; i += 1) await boxes.nth(i).check();
    return n;
  }

  /** Ticks one document by its name and sets its counts. */
  async receiveDocument(
    name: string,
    counts?: { originals?: number; copies?: number },
  ): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Đã nhận: ${name}` }).check();
    if (counts?.originals !== undefined)
      await this.page
        .getByRole('spinbutton', { name: `Bản chính: ${name}` })
        .fill(String(counts.originals));
    if (counts?.copies !== undefined)
      await this.page
        .getByRole('spinbutton', { name: `Bản sao chứng thực: ${name}` })
        .fill(String(counts.copies));
  }

  /** An applicant field of the accept form ('Họ và tên', 'Số CCCD/CMND', 'Số điện thoại', 'Địa chỉ', 'Email'). */
  applicantField(label: string): Locator {
    return this.page.getByRole('textbox', { name: label });
  }

  /** Presses "Tiếp nhận hồ sơ"; resolves with the dossier code and the print status shown. */
  async accept(): Promise<AcceptedView> {
    await this.acceptButton.click();
    await expect(this.dossierCode).toBeVisible();
    return this.acceptedView();
  }

  /** What the result panel shows. */
  async acceptedView(): Promise<AcceptedView> {
    const dossierCode = ((await this.dossierCode.textContent()) ?? '').trim();
    const printStatus = ((await this.printStatus.textContent()) ?? '').trim();
    return { dossierCode, printStatus, printed: printStatus === 'Đã in' };
  }

  /** "In lại": reprints the slip; resolves with the new print status. */
  async reprint(): Promise<AcceptedView> {
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/api/printing.reprint'));
    await this.page.getByRole('button', { name: 'In lại' }).click();
    await answered;
    await expect(this.page.getByRole('button', { name: 'In lại' })).toBeEnabled();
    return this.acceptedView();
  }

  /** The slip preview image (data:image/png of the printed bitmap). */
  slipPreview(): Locator {
    return this.page.getByRole('img', { name: 'Giấy tiếp nhận và hẹn trả kết quả' });
  }

  /** Direct accept without a declaration: finds and picks a procedure by its exact name. */
  async startDirect(query: string, procedureName: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill(query);
    await this.page.getByRole('button', { name: procedureName, exact: true }).click();
    await expect(this.acceptButton).toBeVisible();
  }

  /** Fills the applicant of a direct accept. */
  async fillApplicant(a: {
    fullName: string;
    idNumber: string;
    phone: string;
    address: string;
    email?: string;
  }): Promise<void> {
    await this.applicantField('Họ và tên').fill(a.fullName);
    await this.applicantField('Số CCCD/CMND').fill(a.idNumber);
    await this.applicantField('Số điện thoại').fill(a.phone);
    await this.applicantField('Địa chỉ').fill(a.address);
    if (a.email !== undefined) await this.applicantField('Email').fill(a.email);
  }

  /** The codes of the declarations waiting in today's queue. */
  async waitingDeclarations(): Promise<string[]> {
    const items = this.page.getByRole('region', { name: /^Tờ khai đang chờ/u }).getByRole('button');
    return (await items.locator('.queue__code').allTextContents()).map((s) => s.trim());
  }

  /** Ready for the next citizen. */
  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Tiếp nhận hồ sơ khác' }).click();
    await expect(this.codeBox).toBeFocused();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(this.page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  }

  /** The open dossier's value by its label ('Trạng thái', 'Hẹn trả kết quả', 'Hẹn ban đầu', 'Lệ phí đã thu' …). */
  async dossierValue(label: string): Promise<string> {
    const dd = this.page
      .getByRole('region', { name: /^Hồ sơ /u })
      .locator('dt', { hasText: new RegExp(`^${label}$`, 'u') })
      .locator('xpath=following-sibling::dd[1]');
    return ((await dd.textContent()) ?? '').trim();
  }

  /** Waits until the open dossier shows the given status label. */
  async expectStatus(label: string): Promise<void> {
    const dd = this.page
      .getByRole('region', { name: /^Hồ sơ /u })
      .locator('dt', { hasText: /^Trạng thái$/u })
      .locator('xpath=following-sibling::dd[1]');
    await expect(dd).toHaveText(label);
  }

  /** The buttons of the steps offered for the open dossier, in order. */
  async offeredActions(): Promise<string[]> {
    const group = this.page.getByRole('group', { name: 'Xử lý hồ sơ' });
    return (await group.getByRole('button').allTextContents()).map((s) => s.trim());
  }

  /** Presses a step's button ('Yêu cầu bổ sung', 'Chuyển xử lý', 'Đã có kết quả', 'Trả kết quả' …). */
  async action(name: string): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
    // The one-press steps ask once before they run.
    if (CONFIRMED_STEPS.has(name))
      await this.page
        .getByRole('group', { name, exact: true })
        .getByRole('button', { name: 'Xác nhận', exact: true })
        .click();
  }

  /** A step's form by its title, e.g. 'Trả kết quả cho người dân'. */
  form(title: string | RegExp): Locator {
    return this.page.getByRole('form', { name: title });
  }

  /** Presses a step's button and waits for its operation to answer; resolves with the HTTP status. */
  async run(operation: string, press: () => Promise<void>): Promise<number> {
    const answered = this.page.waitForResponse((r) =>
      r.url().endsWith(`/api/dossiers.${operation}`),
    );
    await press();
    return (await answered).status();
  }

  /** A printed notice (region named by its form) shows "Đã in" and its preview image. */
  async expectPrinted(title: string): Promise<void> {
    const notice = this.page.getByRole('region', { name: title });
    await expect(notice.getByRole('status', { name: 'Trạng thái in' })).toHaveText('Đã in');
    await expect(notice.getByRole('img', { name: title })).toBeVisible();
  }

  /** "In lại" on a printed notice; resolves when the reprint answered. */
  async reprintNotice(title: string): Promise<void> {
    const notice = this.page.getByRole('region', { name: title });
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/api/printing.reprint'));
    await notice.getByRole('button', { name: 'In lại' }).click();
    expect((await answered).status()).toBe(200);
    await expect(notice.getByRole('status', { name: 'Trạng thái in' })).toHaveText('Đã in');
  }

  /** "Đã nhận giấy tờ bổ sung": ticks every paper of the Mẫu 02 list that came and records them; resolves with the HTTP status. */
  async receiveSupplement(): Promise<number> {
    await this.action('Đã nhận giấy tờ bổ sung');
    const form = this.form('Giấy tờ bổ sung đã nhận (theo Phiếu yêu cầu bổ sung)');
    const boxes = form.getByRole('checkbox');
    const n = await boxes.count();
    for (let i = 0; i < n; i += 1) await boxes.nth(i).check();
    return this.run('supplementReceived', () =>
      form.getByRole('button', { name: 'Ghi nhận đã bổ sung' }).click(),
    );
  }
}
