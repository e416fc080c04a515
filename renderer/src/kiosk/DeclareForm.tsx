/** The citizen's declaration: five fields, the server's checks shown next to each field. */
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorFor, toFormError, type FormError } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { useProcedure } from '../components/useProcedure';
import { nfc } from '../format';
import { KioskField } from './KioskField';
import { useKioskSession } from './kioskSession';

type ApplicantKey = 'fullName' | 'idNumber' | 'phone' | 'address' | 'email';
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
  const navigate = useNavigate();
  const { setDeclared } = useKioskSession();
  const { procedure, error: loadError } = useProcedure(code);
  const [values, setValues] = useState(EMPTY);
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);
  const fullNameRef = useRef<HTMLInputElement>(null);
  const idNumberRef = useRef<HTMLInputElement>(null);
  const phoneRef = useRef<HTMLInputElement>(null);
  const addressRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  useEffect(() => fullNameRef.current?.focus(), []);

  const set = (k: ApplicantKey) => (v: string) => setValues((old) => ({ ...old, [k]: v }));
  const field = (k: ApplicantKey) => ({
    value: values[k],
    onChange: set(k),
    error: errorFor(error, `applicant.${k}`),
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
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
      const fe = toFormError(err);
      setError(fe);
      const key = fe.field?.startsWith('applicant.')
        ? (fe.field.slice('applicant.'.length) as ApplicantKey)
        : null;
      const inputs: Record<ApplicantKey, RefObject<HTMLInputElement | null>> = {
        fullName: fullNameRef,
        idNumber: idNumberRef,
        phone: phoneRef,
        address: addressRef,
        email: emailRef,
      };
      if (key && key in inputs) inputs[key].current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const fieldIsKnown = Boolean(
    error?.field?.startsWith('applicant.') && error.field.slice(10) in EMPTY,
  );
  return (
    <section className="kiosk-page" aria-labelledby="declare-title">
      <h1 id="declare-title">{t('kiosk.declareTitle')}</h1>
      {procedure && <p className="lead">{t('kiosk.declareIntro', { name: procedure.name })}</p>}
      <ErrorNotice message={loadError} />
      <form className="form form--kiosk" onSubmit={(e) => void submit(e)} noValidate>
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
          hint={t('kiosk.idNumberHint')}
          keys="numeric"
          maxLength={12}
          enter="next"
          required
          inputRef={idNumberRef}
          {...field('idNumber')}
        />
        <KioskField
          label={t('kiosk.phone')}
          type="tel"
          keys="numeric"
          maxLength={10}
          enter="next"
          required
          inputRef={phoneRef}
          {...field('phone')}
        />
        <KioskField
          label={t('kiosk.address')}
          keys="text"
          maxLength={200}
          enter="next"
          required
          inputRef={addressRef}
          {...field('address')}
        />
        <KioskField
          label={`${t('kiosk.email')} ${t('common.optional')}`}
          type="email"
          keys="text"
          telex={false}
          maxLength={100}
          inputRef={emailRef}
          {...field('email')}
        />
        {error &&
          (fieldIsKnown ? (
            <ErrorNotice message={t('kiosk.fixErrors')} />
          ) : (
            <ErrorNotice message={error.message} />
          ))}
        <button type="submit" className="btn btn--primary btn--big btn--wide" disabled={busy}>
          {busy ? t('kiosk.sending') : t('kiosk.submitDeclaration')}
        </button>
      </form>
    </section>
  );
}
