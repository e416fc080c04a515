/** Every printed document's builder in one place (wiring only; each lives in its own file). */
export { receiptSlip, receiptA5 } from './receipt';
export { supplementRequest, refusalNotice, delayNotice } from './notices';
export { queueTicket, documentChecklist, testPage, VIETNAMESE_SAMPLE } from './kiosk';
