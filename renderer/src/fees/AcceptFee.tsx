/** Right after accepting a thu-trước dossier: its fee's VietQR, large, with the transfer confirmation. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useProcedure } from '../components/useProcedure';
import { feeAtAccept } from '../../../main/fees/timing';
import type { FeeTiming } from '../../../main/fees/types';
import { FeeQrPanel } from './FeeQrPanel';

interface Props {
  code: string;
  procedureCode: string;
}

export function AcceptFee({ code, procedureCode }: Props) {
  const { t } = useTranslation();
  const { procedure } = useProcedure(procedureCode);
  const [timing, setTiming] = useState<FeeTiming | null>(null);
  useEffect(() => {
    let live = true;
    call('fees.timing', { procedureCode }).then(
      (r) => live && setTiming(r.timing),
      // Without the timing the fee stays with the return (today's behaviour): nothing to show.
      () => live && setTiming('after'),
    );
    return () => {
      live = false;
    };
  }, [procedureCode]);

  const amount = procedure && timing ? feeAtAccept(timing, procedure.fees) : 0;
  if (amount <= 0) return null;
  return (
    <section className="card accept-fee" aria-labelledby="accept-fee-title">
      <h3 id="accept-fee-title">
        {t('fees.atAcceptTitle', { amount: amount.toLocaleString('vi-VN') })}
      </h3>
      <p className="muted">{t('fees.atAcceptHint')}</p>
      <FeeQrPanel code={code} amount={amount} onConfirmed={() => undefined} autoShow />
    </section>
  );
}
