/**
 * An EMVCo merchant-presented QR reader written from the specification, independent of the code
 * under test: TLV fields (2-digit tag, 2-digit length, value) and CRC-16/CCITT-FALSE
 * (polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR; check value of "123456789" is 29B1).
 */

/** CRC-16/CCITT-FALSE of the text's bytes, as 4 upper-case hex digits. */
export function crc16CcittFalse(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i += 1)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** Splits a TLV string into [tag, value] pairs in order; throws on a length that runs past the end. */
export function tlv(text: string): [string, string][] {
  const out: [string, string][] = [];
  let i = 0;
  while (i < text.length) {
    const tag = text.slice(i, i + 2);
    const len = Number(text.slice(i + 2, i + 4));
    if (!/^\d{2}$/u.test(tag) || !Number.isInteger(len) || i + 4 + len > text.length)
      throw new Error(`bad TLV at ${i}: ${text.slice(i, i + 10)}`);
    out.push([tag, text.slice(i + 4, i + 4 + len)]);
    i += 4 + len;
  }
  return out;
}

/** The fields of a VietQR payload, nested ones opened, and whether its CRC is right. */
export function readVietQr(payload: string) {
  const top = new Map(tlv(payload));
  const t38 = new Map(tlv(top.get('38') ?? ''));
  const beneficiary = new Map(tlv(t38.get('01') ?? ''));
  const t62 = new Map(tlv(top.get('62') ?? ''));
  const crcStart = payload.length - 4;
  return {
    tags: tlv(payload).map(([t]) => t),
    version: top.get('00'),
    initMethod: top.get('01'),
    guid: t38.get('00'),
    bin: beneficiary.get('00'),
    account: beneficiary.get('01'),
    service: t38.get('02'),
    currency: top.get('53'),
    amount: top.get('54'),
    country: top.get('58'),
    purpose: t62.get('08'),
    crc: top.get('63'),
    crcOk:
      payload.slice(crcStart - 4, crcStart) === '6304' &&
      crc16CcittFalse(payload.slice(0, crcStart)) === payload.slice(crcStart),
  };
}
