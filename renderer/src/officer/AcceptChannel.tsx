/** How the dossier came and how its result goes back (channel, delivery); the reason for papers missing is kept with them. */
import { useTranslation } from 'react-i18next';
import { errorFor, type FormError } from '../api/fieldErrors';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import type { Channel } from '../../../main/dossiers/types';

export interface PaperChoice {
  channel: Channel;
  delivery: 'counter' | 'post';
  address: string;
  missingReason: string;
}

export const NO_PAPER_CHOICE: PaperChoice = {
  channel: 'in_person',
  delivery: 'counter',
  address: '',
  missingReason: '',
};

interface Props {
  value: PaperChoice;
  onChange: (v: PaperChoice) => void;
  error: FormError | null;
}

export function AcceptChannel({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="accept__channel">
      <legend>{t('paper.channel')}</legend>
      <div className="grid-2">
        <SelectField<Channel>
          label={t('paper.channel')}
          value={value.channel}
          options={[
            { value: 'in_person', label: t('paper.channelInPerson') },
            { value: 'post', label: t('paper.channelPost') },
            { value: 'online', label: t('paper.channelOnline') },
          ]}
          onChange={(channel) => onChange({ ...value, channel })}
        />
        <SelectField<'counter' | 'post'>
          label={t('paper.delivery')}
          value={value.delivery}
          options={[
            { value: 'counter', label: t('paper.deliveryCounter') },
            { value: 'post', label: t('paper.deliveryPost') },
          ]}
          onChange={(delivery) => onChange({ ...value, delivery })}
        />
        {value.delivery === 'post' && (
          <TextField
            label={t('paper.deliveryAddress')}
            value={value.address}
            onChange={(address) => onChange({ ...value, address })}
            error={errorFor(error, 'delivery.address')}
            className="span-2"
          />
        )}
      </div>
    </fieldset>
  );
}
