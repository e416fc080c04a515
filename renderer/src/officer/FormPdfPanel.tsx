/**
 * The official forms of a dossier as PDF: the preview is the PDF itself (a blob URL in a frame,
 * allowed by the CSP's frame-src blob:), downloaded or printed from the browser's PDF viewer.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { PdfView } from '../components/PdfView';
import type { Dossier } from '../../../main/dossiers/types';

type Form = '01' | '02' | '03' | '04' | '05' | '06';

/** The forms the dossier's state calls for (the core answers 409 for the others). */
function formsFor(d: Dossier): Form[] {
  const did = (a: string) => d.history.some((e) => e.action === a);
  const out: Form[] = [];
  if (d.status !== 'refused') out.push('01');
  if (did('requestSupplement')) out.push('02');
  if (d.status === 'refused') out.push('03');
  if (did('delay')) out.push('04');
  if (d.status === 'stopped') out.push('05');
  out.push('06');
  return out;
}

export function FormPdfPanel({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<{ form: Form; base64: string; filename: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async (form: Form) => {
    setBusy(true);
    setError(null);
    try {
      const r = await call('dossiers.formPdf', { code: dossier.code, form });
      setShown({ form, base64: r.pdf, filename: r.filename });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="forms-pdf-title">
      <h3 id="forms-pdf-title">{t('paper.form.title')}</h3>
      <div className="actions">
        {formsFor(dossier).map((f) => (
          <button
            key={f}
            type="button"
            className="btn btn--small"
            aria-pressed={shown?.form === f}
            disabled={busy}
            onClick={() => void open(f)}
          >
            {t(`paper.form.names.${f}`)}
          </button>
        ))}
      </div>
      {busy && <p className="muted">{t('paper.form.loading')}</p>}
      <ErrorNotice message={error} />
      {shown && <PdfView file={shown} title={t(`paper.form.names.${shown.form}`)} />}
    </section>
  );
}
