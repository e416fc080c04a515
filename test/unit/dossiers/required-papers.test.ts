/**
 * Which papers an accept must have: the catalog's "Giấy tờ phải nộp" and "Giấy tờ phải xuất trình"
 * groups are both required (the sample catalog's Giấy xác nhận tình trạng hôn nhân asks for the
 * declaration form to hand in and an ID to show); cases titled "Trường hợp …" are alternatives.
 */
import { describe, expect, it } from 'vitest';
import { missingRequired, requiredDocuments } from '../../../main/dossiers/documents';
import type { Procedure } from '../../../main/catalog/types';
import type { ReceivedDocument } from '../../../main/dossiers/types';

const FORM = 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân';
const ID = 'Giấy tờ tùy thân (căn cước, hộ chiếu) để xuất trình';

function procedure(documentCases: Procedure['documentCases']): Procedure {
  return {
    code: '1.004873',
    name: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân',
    field: 'Hộ tịch',
    level: 'commune',
    processing: [],
    fees: [],
    documentCases,
    results: [],
    legalBasis: [],
  } as unknown as Procedure;
}

const MARRIAGE_STATUS = procedure([
  { title: 'Giấy tờ phải nộp', documents: [{ name: FORM, originals: 1, copies: 0 }] },
  { title: 'Giấy tờ phải xuất trình', documents: [{ name: ID, originals: 1, copies: 0 }] },
]);

const got = (...names: string[]): ReceivedDocument[] =>
  names.map((name) => ({ name, originals: 1, certifiedCopies: 0, photocopies: 0 }));

describe('the required papers of a dossier', () => {
  it('hands-in and to-show groups are both required: an ID shown alone does not make the dossier whole', () => {
    expect(missingRequired(MARRIAGE_STATUS, got(ID))).toEqual([FORM]);
    expect(missingRequired(MARRIAGE_STATUS, got(FORM))).toEqual([ID]);
    expect(missingRequired(MARRIAGE_STATUS, [])).toEqual([FORM, ID]);
    expect(missingRequired(MARRIAGE_STATUS, got(FORM, ID))).toEqual([]);
  });

  it('"Trường hợp …" cases are alternatives: the case the papers cover best decides, beside the common groups', () => {
    const p = procedure([
      { title: 'Giấy tờ phải xuất trình', documents: [{ name: ID, originals: 1, copies: 0 }] },
      {
        title: 'Trường hợp đăng ký khai sinh đúng hạn',
        documents: [
          { name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0 },
          { name: 'Giấy chứng sinh', originals: 1, copies: 0 },
        ],
      },
      {
        title: 'Trường hợp đăng ký lại khai sinh',
        documents: [{ name: 'Tờ khai đăng ký lại khai sinh', originals: 1, copies: 0 }],
      },
    ]);
    expect(missingRequired(p, got('Tờ khai đăng ký lại khai sinh'))).toEqual([ID]);
    expect(missingRequired(p, got(ID, 'Tờ khai đăng ký khai sinh'))).toEqual(['Giấy chứng sinh']);
    expect(missingRequired(p, got(ID, 'Tờ khai đăng ký lại khai sinh'))).toEqual([]);
  });

  it('a paper asked for only in some cases ("trường hợp ủy quyền", "nếu có") is never missing', () => {
    const birth = procedure([
      {
        title: 'Giấy tờ phải nộp',
        documents: [
          { name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0 },
          { name: 'Văn bản ủy quyền (trường hợp ủy quyền)', originals: 1, copies: 0 },
          { name: 'Giấy tờ chứng minh nơi cư trú (nếu có)', originals: 0, copies: 1 },
        ],
      },
    ]);
    expect(missingRequired(birth, got('Tờ khai đăng ký khai sinh'))).toEqual([]);
    expect(missingRequired(birth, [])).toEqual(['Tờ khai đăng ký khai sinh']);
  });

  it('the prefilled requirement holds every paper to hand in and to show, the ID as shown only', () => {
    const docs = requiredDocuments(MARRIAGE_STATUS);
    expect(docs).toEqual([
      { name: FORM, originals: 1, certifiedCopies: 0, photocopies: 0 },
      { name: ID, originals: 0, certifiedCopies: 0, photocopies: 0, shownOnly: true },
    ]);
    // Accepting with the requirement as received asks for nothing more.
    expect(missingRequired(MARRIAGE_STATUS, docs)).toEqual([]);
  });
});
