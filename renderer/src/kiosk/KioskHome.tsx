/** The kiosk's first screen: two big choices. */
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Tile } from '../components/Tile';

export function KioskHome() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <section className="kiosk-home" aria-labelledby="kiosk-welcome">
      <h1 id="kiosk-welcome">{t('kiosk.welcome')}</h1>
      <div className="kiosk-home__choices">
        <Tile title={t('kiosk.findProcedure')} hint={t('kiosk.findProcedureHint')} onClick={() => void navigate('/kiosk/search')} />
        <Tile title={t('kiosk.lookupDossier')} hint={t('kiosk.lookupDossierHint')} onClick={() => void navigate('/kiosk/lookup')} />
      </div>
    </section>
  );
}
