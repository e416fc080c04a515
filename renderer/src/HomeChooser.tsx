/** `/`: which face this screen should be (a kiosk in production is locked to /kiosk). */
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Tile } from './components/Tile';

export function HomeChooser() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <main className="chooser">
      <h1>{t('app.chooseFace')}</h1>
      <div className="chooser__tiles">
        <Tile
          title={t('app.kiosk')}
          hint={t('app.kioskHint')}
          onClick={() => void navigate('/kiosk')}
        />
        <Tile
          title={t('app.officer')}
          hint={t('app.officerHint')}
          onClick={() => void navigate('/officer')}
        />
        <Tile
          title={t('app.lookup')}
          hint={t('app.lookupHint')}
          onClick={() => void navigate('/kiosk/lookup')}
        />
        <Tile
          title={t('app.admin')}
          hint={t('app.adminHint')}
          onClick={() => void navigate('/admin')}
        />
        <Tile
          title={t('app.display')}
          hint={t('app.displayHint')}
          onClick={() => void navigate('/display')}
        />
      </div>
    </main>
  );
}

/** Any path the app does not know. */
export function NotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <main className="chooser">
      <h1>{t('app.notFound')}</h1>
      <button type="button" className="btn btn--primary" onClick={() => void navigate('/')}>
        {t('app.backToChooser')}
      </button>
    </main>
  );
}
