/** The kiosk's first screen: the unit's board, the big choices a citizen comes for, the most used procedures. */
import { useKioskNavigate } from './useKioskNavigate';
import { useTranslation } from 'react-i18next';
import { Tile } from '../components/Tile';
import { useKioskSession } from './kioskSession';
import { useCall } from './useCall';
import { useUnitSettings } from './useUnitSettings';
import { HomeInfo } from './HomeInfo';
import './kiosk-home.css';

/** The unit's most used procedures as large tiles; nothing while loading or when the hub has none. */
function PopularTiles() {
  const { t } = useTranslation();
  const navigate = useKioskNavigate();
  const popular = useCall('catalog.popular', { limit: 6 }, 'home-popular');
  const items = popular.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="kiosk-home__popular" aria-labelledby="home-popular">
      <h2 id="home-popular">{t('kiosk.popularTitle')}</h2>
      <div className="kiosk-home__popular-tiles">
        {items.map((item) => (
          <Tile
            key={item.code}
            title={item.name}
            hint={[item.field, item.timeText].filter(Boolean).join(' · ')}
            onClick={() => void navigate(`/kiosk/procedure/${encodeURIComponent(item.code)}`)}
          />
        ))}
      </div>
    </section>
  );
}

/** The home screen. */
export function KioskHome() {
  const { t } = useTranslation();
  const navigate = useKioskNavigate();
  const { setRateFor } = useKioskSession();
  const settings = useUnitSettings();
  return (
    <section className="kiosk-home" aria-labelledby="kiosk-welcome">
      <HomeInfo settings={settings} />
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
      <PopularTiles />
    </section>
  );
}
