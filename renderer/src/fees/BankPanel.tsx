/** The admin sets the unit's fee account: a bank from the NAPAS list, digits, the holder's name. */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorFor, toFormError, type FormError } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import type { Bank } from '../../../main/fees/banks';

export function BankPanel() {
  const { t } = useTranslation();
  const [banks, setBanks] = useState<Bank[]>([]);
  const [bin, setBin] = useState('');
  const [account, setAccount] = useState('');
  const [accountName, setAccountName] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void Promise.all([call('fees.banks', {}), call('settings.get', {})]).then(
      ([list, settings]) => {
        setBanks(list);
        setBin(settings.bank?.bin ?? '');
        setAccount(settings.bank?.account ?? '');
        setAccountName(settings.bank?.accountName ?? '');
      },
      (err: unknown) => setError(toFormError(err)),
    );
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    setError(null);
    call('settings.update', { bank: { bin, account: account.trim(), accountName } }).then(
      () => setSaved(true),
      (err: unknown) => setError(toFormError(err)),
    );
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="bank-title" noValidate>
      <h2 id="bank-title">{t('fees.bankTitle')}</h2>
      <div className="grid-2">
        <SelectField
          label={t('fees.bank')}
          value={bin}
          onChange={setBin}
          options={[
            { value: '', label: t('fees.bankChoose') },
            ...banks.map((b) => ({ value: b.bin, label: `${b.shortName} — ${b.name} (${b.bin})` })),
          ]}
          error={errorFor(error, 'bank.bin')}
        />
        <TextField
          label={t('fees.account')}
          value={account}
          onChange={setAccount}
          inputMode="numeric"
          error={errorFor(error, 'bank.account')}
        />
        <TextField
          label={t('fees.accountName')}
          value={accountName}
          onChange={setAccountName}
          error={errorFor(error, 'bank.accountName')}
        />
      </div>
      <ErrorNotice
        message={error && !error.field?.startsWith('bank.') ? error.message : undefined}
      />
      {saved && <p role="status">{t('fees.saved')}</p>}
      <div className="actions">
        <button type="submit" className="btn btn--primary">
          {t('fees.save')}
        </button>
      </div>
    </form>
  );
}
