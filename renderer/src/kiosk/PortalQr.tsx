/** A QR code to the procedure's page on the national public service portal, for the citizen's phone. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Only http(s) addresses become a QR code (a catalog record is data, not trusted markup). */
function safeUrl(raw: string): string | null {
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : null;
  } catch {
    return null;
  }
}

export function PortalQr({ url }: { url: string }) {
  const { t } = useTranslation();
  const target = safeUrl(url);
  const [image, setImage] = useState<{ url: string; data: string } | null>(null);

  useEffect(() => {
    if (!target) return undefined;
    let live = true;
    // The QR library comes only with a procedure that has a portal address (it is not in the kiosk's start).
    import('qrcode')
      .then(({ default: QRCode }) =>
        QRCode.toDataURL(target, { errorCorrectionLevel: 'M', margin: 2, width: 320 }),
      )
      .then(
        (data) => live && setImage({ url: target, data }),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [target]);

  if (!target || !image || image.url !== target) return null;
  return (
    <section className="portal-qr" aria-labelledby="proc-portal">
      <h2 id="proc-portal">{t('service.portalTitle')}</h2>
      <figure className="portal-qr__figure">
        <img src={image.data} width={320} height={320} alt={t('service.portalQrAlt')} />
        <figcaption>{t('service.portalHint')}</figcaption>
      </figure>
    </section>
  );
}
