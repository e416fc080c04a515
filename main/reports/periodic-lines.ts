/** The periodic report's lines, shared by the XLSX, the PDF and the statistics screen (Node-free). */
import type { PeriodicReport } from './types';

/** The report's lines: numbering, indicator, figure; a heading line's figure is the sum of its parts. */
export function periodicLines(r: PeriodicReport): [string, string, number][] {
  return [
    ['1', 'Số hồ sơ kỳ trước chuyển sang', r.carriedOver],
    ['2', 'Số hồ sơ mới tiếp nhận', r.received],
    ['2.1', 'Trực tiếp', r.receivedByChannel.inPerson],
    ['2.2', 'Trực tuyến', r.receivedByChannel.online],
    ['2.3', 'Qua dịch vụ bưu chính công ích', r.receivedByChannel.post],
    ['3', 'Số hồ sơ đã giải quyết', r.resolved.early + r.resolved.onTime + r.resolved.late],
    ['3.1', 'Trước hạn', r.resolved.early],
    ['3.2', 'Đúng hạn', r.resolved.onTime],
    ['3.3', 'Quá hạn', r.resolved.late],
    ['4', 'Số hồ sơ đang giải quyết', r.inProgress.withinTime + r.inProgress.overdue],
    ['4.1', 'Trong hạn', r.inProgress.withinTime],
    ['4.2', 'Quá hạn', r.inProgress.overdue],
    ['5', 'Số hồ sơ rút', r.withdrawn],
    ['6', 'Số hồ sơ dừng xử lý', r.stopped],
  ];
}
