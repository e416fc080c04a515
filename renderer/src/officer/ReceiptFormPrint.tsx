/** The A5 Mẫu 01 in two copies (Liên 1: Lưu, Liên 2: Giao người nộp hồ sơ), printed by the browser on the office printer. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';

export function ReceiptFormPrint({ code }: { code: string }) {
  const { t } = useTranslation();
  const frame = useRef<HTMLIFrameElement>(null);
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = () => {
    call('dossiers.receiptForm', { code }).then(
      (form) => {
        setHtml(form.html);
        setError(null);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  };
  return (
    <>
      <button type="button" className="btn btn--small" onClick={open}>
        {t('desk.receiptA5.open')}
      </button>
      <ErrorNotice message={error} />
      {html && (
        <div className="receipt-a5" role="dialog" aria-label={t('desk.receiptA5.title')}>
          <div className="actions actions--tight">
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => frame.current?.contentWindow?.print()}
            >
              {t('desk.receiptA5.print')}
            </button>
            <button type="button" className="btn" onClick={() => setHtml(null)}>
              {t('common.close')}
            </button>
          </div>
          <iframe
            ref={frame}
            className="print-frame"
            title={t('desk.receiptA5.title')}
            srcDoc={html}
          />
        </div>
      )}
    </>
  );
}
