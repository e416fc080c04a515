/** Browse instead of typing: the fields (lĩnh vực) with how many procedures each holds. */
import { useKioskNavigate } from './useKioskNavigate';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice';
import { useCall } from './useCall';

/** The list of fields as big buttons; `onChoose` gets the field's name. */
export function FieldList({
  onChoose,
  labelledBy,
}: {
  onChoose: (field: string) => void;
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const { data, error, loading } = useCall('catalog.fields', {}, 'fields');
  if (loading) return <p role="status">{t('common.loading')}</p>;
  if (!data) return <ErrorNotice message={error} />;
  if (data.fields.length === 0) return <p>{t('browse.noFields')}</p>;
  return (
    <ul className="choice-list" aria-labelledby={labelledBy}>
      {data.fields.map((f) => (
        <li key={f.name}>
          <button type="button" className="choice" onClick={() => onChoose(f.name)}>
            <span className="choice__name">{f.name}</span>
            <span className="choice__count">{t('browse.count', { count: f.count })}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function BrowseFields() {
  const { t } = useTranslation();
  const navigate = useKioskNavigate();
  return (
    <section className="kiosk-page" aria-labelledby="fields-title">
      <h1 id="fields-title">{t('browse.title')}</h1>
      <p className="lead">{t('browse.intro')}</p>
      <FieldList
        labelledBy="fields-title"
        onChoose={(field) => void navigate(`/kiosk/fields/${encodeURIComponent(field)}`)}
      />
    </section>
  );
}
