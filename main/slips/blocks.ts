/** Blocks the thermal slips share: the unit line, the procedure rows, the waiting lines, the printed-at line. */
import { slipTime } from './format';
import type { Block } from './types';

/** The unit's name in capitals, centred and bold, the first line of a slip; nothing when undefined. */
export function unitLine(unitName: string | undefined): Block[] {
  return unitName !== undefined
    ? [{ kind: 'text', text: unitName.toLocaleUpperCase('vi'), align: 'center', bold: true }]
    : [];
}

/** A slip's header: the unit line, the slip's title, then the procedure's name and code. */
export function procedureHeader(
  unitName: string | undefined,
  title: Block[],
  procedure: { procedureName: string; procedureCode: string },
): Block[] {
  return [
    ...unitLine(unitName),
    ...title,
    { kind: 'row', label: 'Thủ tục', value: procedure.procedureName, bold: true },
    { kind: 'row', label: 'Mã thủ tục', value: procedure.procedureCode },
  ];
}

/** "ƯU TIÊN" in bold for a priority ticket; nothing otherwise. */
export function priorityLine(priority: boolean | undefined): Block[] {
  return priority ? [{ kind: 'text', text: 'ƯU TIÊN', align: 'center', bold: true }] : [];
}

/** How many are waiting before the citizen, centred. */
export function waitingAheadLine(waitingAhead: number): Block {
  return { kind: 'text', text: `Số người đang chờ trước ông/bà: ${waitingAhead}`, align: 'center' };
}

/** The small italic "In lúc …" line that ends a slip. */
export function printedAtLine(printedAt: string): Block {
  return {
    kind: 'text',
    text: `In lúc ${slipTime(printedAt)}`,
    align: 'center',
    size: 'small',
    italic: true,
  };
}
