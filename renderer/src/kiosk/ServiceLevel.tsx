/**
 * The procedure's online service level in plain words: today's "toàn trình" / "một phần"
 * (Nghị định 42/2022) and the old level 1–4 (Nghị định 43/2011) that catalogs still carry.
 */
import { useTranslation } from 'react-i18next';
import type { Procedure } from '../../../main/catalog/types';

export function ServiceLevel({ procedure }: { procedure: Procedure }) {
  const { t } = useTranslation();
  const { online, legacy } = procedure.serviceLevel;
  if (!online && !legacy) return null;
  return (
    <section aria-labelledby="proc-level" className="service-level">
      <h2 id="proc-level">{t('service.title')}</h2>
      {online && (
        <p>
          <strong>{t(`service.${online}`)}</strong>: {t(`service.${online}Plain`)}
        </p>
      )}
      {legacy && (
        <p>
          <strong>{t('service.legacy', { level: legacy })}</strong>: {t(`service.legacy${legacy}`)}
        </p>
      )}
    </section>
  );
}
