/** The admin's choice, in the procedure editor, of when the fee is collected (thu trước / thu sau). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { SelectField } from '../components/SelectField';
import type { FeeTiming } from '../../../main/fees/types';

export function FeeTimingField({ procedureCode }: { procedureCode: string }) {
  const { t } = useTranslation();
  const [timing, setTiming] = useState<FeeTiming | null>(null);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    call('fees.timing', { procedureCode }).then(
      (r) => live && setTiming(r.timing),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [procedureCode]);

  const choose = (next: FeeTiming) => {
    setError(undefined);
    call('fees.setTiming', { procedureCode, timing: next }).then(
      (r) => setTiming(r.timing),
      (e: unknown) => setError(errorMessage(e)),
    );
  };
  if (!timing) return null;
  return (
    <SelectField
      label={t('fees.timing')}
      value={timing}
      onChange={choose}
      options={[
        { value: 'after', label: t('fees.timingAfter') },
        { value: 'before', label: t('fees.timingBefore') },
      ]}
      error={error}
    />
  );
}
