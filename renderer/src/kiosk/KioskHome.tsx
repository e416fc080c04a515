/** The kiosk's first screen: the big choices a citizen comes for. */
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Tile } from '../components/Tile';
import { useKioskSession } from './kioskSession';

export function KioskHome() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { setRateFor } = useKioskSession();
  return (
    <section className="kiosk-home" aria-labelledby="kiosk-welcome">
      <h1 id="kiosk-welcome">{t('kiosk.welcome')}</h1>
      <div className="kiosk-home__choices">
        <Tile
          title={t('kiosk.findProcedure')}
          hint={t('kiosk.findProcedureHint')}
          onClick={() => void navigate('/kiosk/search')}
        />
        <Tile
          title={t('kiosk.browseFields')}
          hint={t('kiosk.browseFieldsHint')}
          onClick={() => void navigate('/kiosk/fields')}
        />
        <Tile
          title={t('ticket.take')}
          hint={t('ticket.takeHint')}
          onClick={() => void navigate('/kiosk/ticket')}
        />
        <Tile
          title={t('kiosk.lookupDossier')}
          hint={t('kiosk.lookupDossierHint')}
          onClick={() => void navigate('/kiosk/lookup')}
        />
        <Tile
          title={t('rating.title')}
          hint={t('rating.homeHint')}
          onClick={() => {
            setRateFor(null);
            void navigate('/kiosk/rate');
          }}
        />
      </div>
    </section>
  );
}
