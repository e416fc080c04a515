/**
 * `npx tsx scripts/form-samples.ts [--out DIR]`: writes every official form the product prints as
 * PDF, each from a realistic day at the counter (the sample catalog's birth registration and
 * marriage-status procedures, a unit under its province): Mẫu 01 (a dossier that came by post for
 * someone else, its due date set by the officer, paused for a supplement; and one accepted with
 * papers missing), 02, 03, 04, 05 (stop notice), 06 (control sheet), 07 (log book) and the periodic
 * report. Then look at them: `pdftoppm -r 80 -png DIR/mau-01.pdf DIR/mau-01`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createOperationTable } from '../main/api/operations';
import type { Procedure } from '../main/catalog/types';
import { SAMPLE_CATALOG_FILE } from '../main/catalog/sample';
import { reportsContract } from '../main/reports/contract';
import { reportsHandlers } from '../main/reports/operations';
import { advance, makeFixture } from '../test/unit/dossiers/fixture';

const UNIT = {
  unitName: 'UBND xã Hòa An',
  parentAgency: 'UBND tỉnh Cao Bằng',
  place: 'Hòa An',
  headName: 'Nông Văn Quân',
  contact: 'Bộ phận Một cửa, điện thoại 0206 3852 123',
  unitAddress: 'Số 1 đường Hoàng Đình Giong, xã Hòa An, tỉnh Cao Bằng',
  collectAt: 'Bộ phận Một cửa UBND xã Hòa An',
};

const mother = {
  fullName: 'Nguyễn Thị Ánh Tuyết',
  idNumber: '004190012345',
  phone: '0912345678',
  address: 'Tổ 5, phường Sông Hiến, tỉnh Cao Bằng',
  email: 'anhtuyet.nguyen@example.vn',
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const out = path.resolve(values.out ?? path.join(os.tmpdir(), `motcua-forms-${Date.now()}`));
  mkdirSync(out, { recursive: true });

  const catalog = JSON.parse(readFileSync(SAMPLE_CATALOG_FILE, 'utf8')) as {
    procedures: Procedure[];
  };
  const byCode = new Map(catalog.procedures.map((p) => [p.code, p]));
  const f = makeFixture(); // Monday 07/12/2026 09:00
  const first = f.deps.settings();
  f.deps.settings = () => ({ ...first, ...UNIT });
  f.deps.procedure = (code) => byCode.get(code);
  // The answers read here are all strings (codes, base64).
  const call = (op: string, input: unknown, caller?: null) =>
    f.call(op, input, caller) as Promise<Record<string, string>>;
  const written: string[] = [];
  const save = (name: string, base64: string) => {
    const file = path.join(out, `${name}.pdf`);
    writeFileSync(file, Buffer.from(base64, 'base64'));
    written.push(file);
  };
  const form = async (name: string, code: string, n: string) =>
    save(name, (await call('dossiers.formPdf', { code, form: n })).pdf);

  // A: a birth registered by the mother for her child, the result sent home by post; the officer
  // sets the due date (the registry must check the birth certificate), a supplement pauses it,
  // the civil-status officer handles it and the result is late (Mẫu 04).
  const a = await call('dossiers.accept', {
    procedureCode: '1.001193',
    applicant: { ...mother, onBehalfOf: { fullName: 'Hoàng Minh Khang', relation: 'con' } },
    documents: [
      { name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 },
      {
        name: 'Giấy chứng sinh; nếu không có thì văn bản người làm chứng hoặc giấy cam đoan về việc sinh',
        originals: 1,
        certifiedCopies: 0,
        photocopies: 1,
      },
      { name: 'Giấy tờ tùy thân (căn cước, hộ chiếu) để xuất trình', shownOnly: true },
    ],
    channel: 'in_person',
    delivery: { method: 'post', address: 'Tổ 5, phường Sông Hiến, tỉnh Cao Bằng' },
    dueAtOverride: '2026-12-09T10:00:00+07:00',
    overrideReason: 'Cần xác minh giấy chứng sinh với Trung tâm Y tế huyện',
  });
  const code = a.dossierCode;
  advance(f, 1);
  await call('dossiers.requestSupplement', {
    code,
    missing: [
      { name: 'Giấy chứng nhận kết hôn của cha mẹ', certifiedCopies: 1 },
      { name: 'Văn bản ủy quyền có chứng thực', originals: 1 },
    ],
    reason: 'Cha mẹ đã đăng ký kết hôn; cần bản sao giấy chứng nhận kết hôn để ghi tên cha',
  });
  await form('mau-02', code, '02');
  advance(f, 24);
  await call('dossiers.supplementReceived', { code });
  await form('mau-01', code, '01');
  await call('dossiers.handOver', {
    code,
    toUnit: 'Công chức Tư pháp - Hộ tịch xã Hòa An',
    receiver: 'Lê Thị Hoa',
  });
  advance(f, 3);
  await call('dossiers.receiveBack', { code });
  await call('dossiers.delay', {
    code,
    newDueAt: '2026-12-15T10:00:00+07:00',
    reason: 'Trung tâm Y tế huyện chưa trả lời văn bản xác minh giấy chứng sinh',
  });
  await form('mau-04', code, '04');
  await form('mau-06', code, '06');

  // B: accepted with nothing ticked and a reason; the remarks say so.
  const b = await call('dossiers.accept', {
    procedureCode: '1.004873',
    applicant: {
      fullName: 'Hoàng Văn Thắng',
      idNumber: '004088054321',
      phone: '0987654321',
      address: 'Xóm Nà Lòa, xã Hòa An, tỉnh Cao Bằng',
    },
    documents: [],
    missingReason: 'Tờ khai đã nộp trực tuyến trên Cổng dịch vụ công; đối chiếu căn cước khi trả',
  });
  await form('mau-01-thieu-giay-to', b.dossierCode, '01');
  // … and later stopped (Mẫu 05).
  await call('dossiers.stop', {
    code: b.dossierCode,
    reason: 'Người yêu cầu đã được cấp Giấy xác nhận tình trạng hôn nhân còn hiệu lực tại nơi khác',
  });
  await form('mau-05', b.dossierCode, '05');

  // C: a declaration refused at the counter (Mẫu 03).
  const c = await call(
    'dossiers.declare',
    {
      procedureCode: '1.004873',
      applicant: {
        fullName: 'Đàm Thị Lụa',
        idNumber: '004195067890',
        phone: '0978123456',
        address: 'Tổ 2, phường Đề Thám, tỉnh Cao Bằng',
      },
    },
    null,
  );
  await call('dossiers.refuse', {
    code: c.declarationCode,
    reason:
      'Người yêu cầu thường trú tại phường Đề Thám; thủ tục thuộc thẩm quyền của UBND phường Đề Thám',
  });
  await form('mau-03', c.declarationCode, '03');

  // The day's registers.
  for (let i = 0; i < 6; i += 1) {
    advance(f, 0.3);
    await call('dossiers.accept', {
      procedureCode: i % 2 ? '1.004873' : '1.001193',
      applicant: { ...mother, fullName: `Người nộp số ${i + 1}` },
    });
  }
  const reports = createOperationTable(
    reportsContract,
    reportsHandlers({ db: f.db, settings: () => f.deps.settings() }),
    () => f.clock.now,
  );
  const report = (op: string, input: unknown) =>
    reports.invoke(op, input, { caller: f.officer, token: null, origin: 'cli' }) as Promise<{
      base64: string;
    }>;
  const period = { from: '2026-12-07', to: '2026-12-08', format: 'pdf' };
  save('mau-07', (await report('reports.logbook', period)).base64);
  save('bao-cao-dinh-ky', (await report('reports.periodic', period)).base64);

  for (const file of written) console.log(file);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
