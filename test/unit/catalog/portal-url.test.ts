import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapNationalRecord } from '../../../main/catalog/import-national';
import { portalUrlFor } from '../../../main/catalog/national-parse';
import { SAMPLE_CATALOG_FILE } from '../../../main/catalog/sample';

const BY_CODE =
  'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=';

describe('the portal link of a procedure', () => {
  it("keeps the record's own dichvucong.gov.vn page", () => {
    const url = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-380b-73df-9a18-5658e09794d3';
    expect(portalUrlFor('1.000080', url)).toBe(url);
  });

  it('builds the portal page from the code when the record has none or a foreign one', () => {
    expect(portalUrlFor('1.001193')).toBe(`${BY_CODE}1.001193`);
    expect(portalUrlFor('1.001193', 'http://example.com/x')).toBe(`${BY_CODE}1.001193`);
    expect(portalUrlFor('1.001193', 'https://dichvucong.gov.vn.evil.test/')).toBe(
      `${BY_CODE}1.001193`,
    );
  });

  it('every imported national record gets a link', () => {
    const { procedure } = mapNationalRecord({
      ma_thu_tuc: '1.000894',
      ten_thu_tuc: 'Thủ tục đăng ký kết hôn',
      cap_thuc_hien: 'Cấp xã',
      linh_vuc: 'Hộ tịch',
    });
    expect(procedure.portalUrl).toBe(`${BY_CODE}1.000894`);
  });

  it('every procedure of the sample catalog links to its portal page', () => {
    const sample = JSON.parse(readFileSync(SAMPLE_CATALOG_FILE, 'utf8')) as {
      procedures: { code: string; portalUrl?: string }[];
    };
    expect(sample.procedures.length).toBeGreaterThan(0);
    for (const p of sample.procedures) expect(p.portalUrl).toBe(`${BY_CODE}${p.code}`);
  });
});
