/**
 * The citizen's declaration: a short consent notice, then five fields. Every field in error is shown
 * at once on "Gửi", and each error clears as soon as its field is right. A CCCD QR scanned with a
 * keyboard-wedge scanner, or read by the kiosk's camera (CameraScan), fills name, ID and address
 * (birth date and gender shown to confirm); both go through the same parser and the same `onScan`.
 */
import { useKioskNavigate } from './useKioskNavigate';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorFor, toFormError, type FormError } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { useProcedure } from '../components/useProcedure';
import { nfc } from '../format';
import { KioskField } from './KioskField';
import { useKioskSession } from './kioskSession';
import { useUnitSettings } from './useUnitSettings';
import { useCccdScan } from './useCccdScan';
import { CameraScan } from './CameraScan';
import { checkApplicant, type ApplicantErrors, type ApplicantKey } from './applicantCheck';
import { parseCccdQr, type CccdData, type CccdResult } from '../input/cccd';

const EMPTY: Record<ApplicantKey, string> = {
  fullName: '',
  idNumber: '',
  phone: '',
  address: '',
  email: '',
};

export function DeclareForm() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const navigate = useKioskNavigate();
  const { setDeclared } = useKioskSession();
  const { procedure, error: loadError } = useProcedure(code);
  const allowOld = useUnitSettings()?.allowOldIdNumbers ?? false;
  const [values, setValues] = useState(EMPTY);
  const [checks, setChecks] = useState<ApplicantErrors | null>(null);
  const [error, setError] = useState<FormError | null>(null);
  const [scan, setScan] = useState<{ ok: true; data: CccdData } | { ok: false } | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const fullNameRef = useRef<HTMLInputElement>(null);

  useEffect(() => fullNameRef.current?.focus(), []);

  const onScan = (r: CccdResult, restore: { input: HTMLInputElement; value: string } | null) => {
    const key = Object.keys(EMPTY).find((k) => restore?.input.name === k) as
      ApplicantKey | undefined;
    setValues((old) => {
      const back = key ? { ...old, [key]: restore!.value } : old;
      if (!r.ok) return back;
      const { fullName, idNumber, address } = r.data;
      const next = { ...back, fullName, idNumber, address };
      // Errors shown before the scan follow it: the fields it filled lose theirs at once.
      if (checks) setChecks(checkApplicant(next, allowOld));
      return next;
    });
    setScan(r.ok ? r : { ok: false });
  };
  useCccdScan(formRef, onScan);

  const set = (k: ApplicantKey) => (v: string) =>
    setValues((old) => {
      const next = { ...old, [k]: v };
      // Once shown, the checks follow the typing: a fixed field loses its error at once.
      if (checks) setChecks(checkApplicant(next, allowOld));
      if (error?.field === `applicant.${k}`) setError(null);
      return next;
    });
  const field = (k: ApplicantKey) => ({
    name: k,
    value: values[k],
    onChange: set(k),
    error: checks?.[k] ? t(checks[k] as 'check.fullName') : errorFor(error, `applicant.${k}`),
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = checkApplicant(values, allowOld);
    setChecks(found);
    setError(null);
    const first = Object.keys(found)[0];
    if (first) {
      formRef.current?.querySelector<HTMLInputElement>(`input[name="${first}"]`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const email = nfc(values.email.trim());
      const declaration = await call('dossiers.declare', {
        procedureCode: code,
        applicant: {
          fullName: nfc(values.fullName),
          idNumber: values.idNumber,
          phone: values.phone,
          address: nfc(values.address),
          ...(email ? { email } : {}),
        },
      });
      setDeclared(declaration, procedure);
      void navigate('/kiosk/done');
    } catch (err) {
      setError(toFormError(err));
    } finally {
      setBusy(false);
    }
  };

  const inError = Boolean(checks && Object.keys(checks).length) || Boolean(error?.field);
  return (
    <section className="kiosk-page" aria-labelledby="declare-title">
      <h1 id="declare-title">{t('kiosk.declareTitle')}</h1>
      {procedure && <p className="lead">{t('kiosk.declareIntro', { name: procedure.name })}</p>}
      <ErrorNotice message={loadError} />
      <aside className="notice consent" aria-labelledby="consent-title">
        <h2 id="consent-title">{t('kiosk.consentTitle')}</h2>
        <p>{t('kiosk.consentBody')}</p>
      </aside>
      <p className="muted">{t('kiosk.scanHint')}</p>
      <CameraScan onText={(text) => onScan(parseCccdQr(text), null)} />
      {scan?.ok && (
        <p className="notice notice--ok" role="status">
          {t('kiosk.scanFilled', {
            birth: scan.data.birthDate.split('-').reverse().join('/'),
            gender: scan.data.gender,
          })}
        </p>
      )}
      {scan && !scan.ok && <ErrorNotice message={t('kiosk.scanBad')} />}
      <form ref={formRef} className="form form--kiosk" onSubmit={(e) => void submit(e)} noValidate>
        <KioskField
          label={t('kiosk.fullName')}
          keys="text"
          maxLength={100}
          capitalizeWords
          enter="next"
          required
          inputRef={fullNameRef}
          {...field('fullName')}
        />
        <KioskField
          label={t('kiosk.idNumber')}
          hint={t(allowOld ? 'kiosk.idNumberHintOld' : 'kiosk.idNumberHint')}
          keys="numeric"
          numberKind="id"
          maxLength={12}
          enter="next"
          required
          {...field('idNumber')}
        />
        <KioskField
          label={t('kiosk.phone')}
          type="tel"
          keys="numeric"
          numberKind="phone"
          maxLength={10}
          enter="next"
          required
          {...field('phone')}
        />
        <KioskField
          label={t('kiosk.address')}
          keys="text"
          maxLength={200}
          enter="next"
          required
          {...field('address')}
        />
        <KioskField
          label={`${t('kiosk.email')} ${t('common.optional')}`}
          type="email"
          keys="email"
          telex={false}
          maxLength={100}
          {...field('email')}
        />
        {inError && <ErrorNotice message={t('kiosk.fixErrors')} />}
        {error && !error.field && <ErrorNotice message={error.message} />}
        <button type="submit" className="btn btn--primary btn--big btn--wide" disabled={busy}>
          {busy ? t('kiosk.sending') : t('kiosk.submitDeclaration')}
        </button>
      </form>
    </section>
  );
}
