/** Handing the result over: the fee collected in đồng, how it was paid, and its receipt number. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorFor } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useProcedure } from '../components/useProcedure';
import { unclaimed, useSubmit } from './useSubmit';
import type { DossierPayment, FeeMethod, TransitionResult } from '../../../main/dossiers/types';
import { FormActions } from './FormActions';
import { FeeQrPanel } from '../fees/FeeQrPanel';

interface Props {
  code: string;
  procedureCode: string;
  /** Transfers already recorded (a fee paid at acceptance): the form says so and asks for nothing more. */
  payments?: DossierPayment[];
  onDone: (r: TransitionResult) => void;
  onCancel: () => void;
}

/** "50.000" or "50 000 đ" as typed → 50000; NaN when it is not a whole number. */
function parseDong(s: string): number {
  const digits = s.replace(/[\s.,]|đ|d/giu, '');
  return /^\d+$/u.test(digits) ? Number(digits) : Number.NaN;
}

export function ReturnForm({ code, procedureCode, payments = [], onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const { procedure } = useProcedure(procedureCode);
  // null while the officer has not touched it: the procedure's fee (or "exempt" when it is free) shows instead.
  const [typedAmount, setAmount] = useState<string | null>(null);
  const [chosenMethod, setMethod] = useState<FeeMethod | null>(null);
  // A fee paid by transfer before (thu trước at acceptance): recorded as that transfer, once.
  const prepaid = payments.reduce((sum, p) => sum + p.amount, 0);
  const prepaidRefs = payments.map((p) => p.reference).join(', ');
  const [receipt, setReceipt] = useState(prepaid > 0 ? prepaidRefs.slice(0, 40) : '');
  const { busy, error, setError, run } = useSubmit(onDone);
  const paid = procedure?.fees.find((f) => f.amount > 0);
  const amount = typedAmount ?? String(prepaid > 0 ? prepaid : (paid?.amount ?? 0));
  const method: FeeMethod =
    chosenMethod ?? (prepaid > 0 ? 'transfer' : procedure && !paid ? 'exempt' : 'cash');
  const feeText = procedure?.fees
    .map((f) => f.text)
    .filter(Boolean)
    .join('; ');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = method === 'exempt' ? 0 : parseDong(amount);
    if (Number.isNaN(value)) {
      setError({ field: 'fee.amount', message: t('desk.giveBack.amountHint') });
      return;
    }
    const receiptNumber = receipt.trim();
    void run(() =>
      call('dossiers.return', {
        code,
        fee: { amount: value, method, ...(receiptNumber ? { receiptNumber } : {}) },
      }),
    );
  };

  return (
    <form className="action-form" onSubmit={submit} aria-labelledby="return-title" noValidate>
      <h3 id="return-title">{t('desk.giveBack.title')}</h3>
      {feeText && <p className="muted">{t('desk.giveBack.procedureFee', { text: feeText })}</p>}
      {prepaid > 0 && (
        <p className="notice notice--ok" role="status">
          {t('desk.giveBack.prepaid', {
            amount: prepaid.toLocaleString('vi-VN'),
            reference: prepaidRefs,
          })}
        </p>
      )}
      <div className="grid-2">
        <SelectField
          label={t('desk.giveBack.method')}
          value={method}
          onChange={setMethod}
          options={[
            { value: 'cash', label: t('desk.giveBack.cash') },
            { value: 'transfer', label: t('desk.giveBack.transfer') },
            { value: 'exempt', label: t('desk.giveBack.exempt') },
          ]}
          error={errorFor(error, 'fee.method')}
        />
        <TextField
          label={t('desk.giveBack.amount')}
          hint={t('desk.giveBack.amountHint')}
          value={method === 'exempt' ? '0' : amount}
          onChange={setAmount}
          inputMode="numeric"
          disabled={method === 'exempt'}
          error={errorFor(error, 'fee.amount')}
        />
        <TextField
          // A transfer is known by its bank reference, cash by the receipt's number.
          label={`${t(method === 'transfer' ? 'desk.giveBack.transferReference' : 'desk.giveBack.receipt')} ${t('common.optional')}`}
          value={receipt}
          onChange={setReceipt}
          error={errorFor(error, 'fee.receiptNumber')}
          autoComplete="off"
        />
      </div>
      {method === 'transfer' && prepaid === 0 && parseDong(amount) > 0 && (
        <FeeQrPanel code={code} amount={parseDong(amount)} onConfirmed={setReceipt} />
      )}
      <ErrorNotice message={unclaimed(error, 'fee.method', 'fee.amount', 'fee.receiptNumber')} />
      <FormActions busy={busy} submitLabel={t('desk.giveBack.submit')} onCancel={onCancel} />
    </form>
  );
}
