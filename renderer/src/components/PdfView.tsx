/**
 * A PDF the core made, shown as itself (a blob URL in a frame, allowed by the CSP's frame-src
 * blob:), with a download button; printing goes through the PDF viewer's own print button.
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from './download';

export interface PdfFile {
  filename: string;
  /** The PDF bytes as base64, as the core answers them. */
  base64: string;
}

export function PdfView({
  file,
  title,
  onClose,
}: {
  file: PdfFile;
  title: string;
  onClose?: () => void;
}) {
  const { t } = useTranslation();
  const url = useMemo(() => {
    const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
    return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  }, [file.base64]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <>
      <div className="actions">
        <button
          type="button"
          className="btn"
          onClick={() => downloadFile(file.filename, 'application/pdf', file.base64, true)}
        >
          {t('paper.form.download')}
        </button>
        {onClose && (
          <button type="button" className="btn" onClick={onClose}>
            {t('common.close')}
          </button>
        )}
      </div>
      <iframe
        className="form-pdf"
        src={url}
        title={title}
        style={{ width: '100%', height: '70vh', border: '1px solid #ccc' }}
      />
    </>
  );
}
