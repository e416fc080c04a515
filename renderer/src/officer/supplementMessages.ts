/**
 * Strings of the officer's supplement and refusal forms (i18n key `desk`): Form 02 and Form 03.
 * Mounted by deskMessages.ts. Vietnamese first, English second.
 */

export const deskSupplementVi = {
  supplement: {
    title: 'Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)',
    fromChecklist: 'Chọn giấy tờ còn thiếu theo danh mục của thủ tục',
    missing: 'Thiếu: {{name}}',
    others: 'Giấy tờ khác cần bổ sung (mỗi dòng một loại)',
    noneChosen: 'Chọn ít nhất một giấy tờ còn thiếu hoặc ghi thêm ở ô bên dưới.',
    submit: 'Gửi yêu cầu và in Mẫu 02',
    waiting: 'Đang chờ người dân bổ sung giấy tờ:',
  },
  refuse: { title: 'Từ chối tiếp nhận (Mẫu 03)', submit: 'Từ chối và in Mẫu 03' },
};

export const deskSupplementEn: typeof deskSupplementVi = {
  supplement: {
    title: 'Request missing papers (Form 02)',
    fromChecklist: "Pick the missing papers from the procedure's checklist",
    missing: 'Missing: {{name}}',
    others: 'Other papers to add (one per line)',
    noneChosen: 'Pick at least one missing paper or type one below.',
    submit: 'Send the request and print Form 02',
    waiting: 'Waiting for the citizen to bring:',
  },
  refuse: { title: 'Refuse the dossier (Form 03)', submit: 'Refuse and print Form 03' },
};
