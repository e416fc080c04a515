/** Checking a dossier at the counter and accepting it: applicant, documents, due date, accept. */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { errorFor, toFormError, type FormError } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextField } from '../components/TextField';
import { useProcedure } from '../components/useProcedure';
import { nfc, vnDateTime } from '../format';
import { DocumentChecklist, initialChecklist, type Checklist } from './DocumentChecklist';
import type { Accepted } from './AcceptedPanel';
import { DueOverride, type Override } from './DueOverride';
import { AcceptChannel, NO_PAPER_CHOICE, type PaperChoice } from './AcceptChannel';
import { vnInput } from './localTime';
import type { Applicant, Declaration } from '../../../main/dossiers/types';
import { ApplicantParty, partyInput, partyOf, type Party } from './ApplicantParty';
import type { ProcessingTime } from '../../../main/catalog/types';
import { staffTimeText } from '../../../main/catalog/time-fee';
import { ConfirmTime, EMPTY_TIME, timeInput, type TimeEntry } from './ConfirmTime';
import { MissingPapers } from './MissingPapers';
import { missingRequired } from '../../../main/dossiers/documents';
import type { MissingDocument } from '../../../main/dossiers/types';

type ApplicantKey = 'fullName' | 'idNumber' | 'phone' | 'address' | 'email';
const KEYS: ApplicantKey[] = ['fullName', 'idNumber', 'phone', 'address', 'email'];

interface Props {
  declaration: Declaration | null;
  procedureCode: string;
  procedureName: string;
  onAccepted: (a: Accepted) => void;
  onCancel: () => void;
  /**
   * Offered when required papers are missing: ask for them with Mẫu 02 instead of accepting. Gets
   * the applicant as typed (a dossier without a declaration has no other record of them yet); a
   * rejection is shown on the form like an accept's.
   */
  onRequestSupplement?: (missing: MissingDocument[], applicant: Applicant) => Promise<void> | void;
  /**
   * Offered for a walk-in (no declaration): refuse it with Mẫu 03. Gets the applicant as typed, who
   * becomes a declaration so the refusal has its record and code; a rejection shows on the form.
   */
  onRefuse?: (applicant: Applicant) => Promise<void> | void;
}

/** A reason the core takes for papers missing (DESIGN: at least 5 characters). */
const REASON_MIN = 5;

export function AcceptForm({
  declaration,
  procedureCode,
  procedureName,
  onAccepted,
  onCancel,
  onRequestSupplement,
  onRefuse,
}: Props) {
  const { t } = useTranslation();
  const { procedure, error: procError } = useProcedure(procedureCode);
  const [applicant, setApplicant] = useState<Record<ApplicantKey, string>>(() => ({
    fullName: declaration?.applicant.fullName ?? '',
    idNumber: declaration?.applicant.idNumber ?? '',
    phone: declaration?.applicant.phone ?? '',
    address: declaration?.applicant.address ?? '',
    email: declaration?.applicant.email ?? '',
  }));
  // null until the officer ticks something: the procedure's checklist, as the procedure asks, shows until then.
  const [ticked, setChecklist] = useState<Checklist | null>(null);
  const [sets, setSets] = useState('1');
  const [due, setDue] = useState<{
    dueAt: string | null;
    processing: ProcessingTime;
    needsConfirmation?: true;
  } | null>(null);
  // Asked only when the catalog's time has no structure: the officer's time, sent with the accept.
  const [time, setTime] = useState<TimeEntry>(EMPTY_TIME);
  const [mustConfirm, setMustConfirm] = useState(false);
  const confirmed = mustConfirm ? timeInput(time) : undefined;
  const confirmedKey = JSON.stringify(confirmed ?? null);
  const [dueError, setDueError] = useState<string | null>(null);
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);
  // One id per accept attempt: a retry after a timeout or an error sends the same id, so the hub
  // answers with the dossier it already stored instead of numbering a second one.
  const [requestId, setRequestId] = useState(newRequestId);
  const [override, setOverride] = useState<Override>({ on: false, date: '', time: '', reason: '' });
  const [paper, setPaper] = useState<PaperChoice>(NO_PAPER_CHOICE);
  const [party, setParty] = useState<Party>(() => partyOf(declaration?.applicant));

  useEffect(() => {
    let live = true;
    const processing = JSON.parse(confirmedKey) as ReturnType<typeof timeInput> | null;
    call('dossiers.previewDue', { procedureCode, ...(processing ? { processing } : {}) }).then(
      (d) => {
        if (!live) return;
        setDue(d);
        if (d.needsConfirmation) setMustConfirm(true);
      },
      (e: unknown) => live && setDueError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [procedureCode, confirmedKey]);

  const checklist: Checklist =
    ticked ?? (procedure ? initialChecklist(procedure.documentCases) : {});
  const handled = declaration !== null && declaration.status !== 'declared';
  const documents = Object.values(checklist)
    .filter((d) => d.received)
    .map((d) => ({
      name: d.name,
      originals: d.originals,
      certifiedCopies: d.certifiedCopies,
      photocopies: d.photocopies,
      ...(d.shownOnly ? { shownOnly: true } : {}),
    }));
  // The required papers not ticked, judged as the core judges them (the case the ticks cover best).
  const missing = procedure ? missingRequired(procedure, documents) : [];
  // Asked once the officer pressed accept with a paper missing (or the core said so).
  const [askMissing, setAskMissing] = useState(false);
  const reason = paper.missingReason.trim();
  // The core's word (it judged a paper missing) or, once accept was pressed, a reason too short.
  const missingError =
    errorFor(error, 'missingReason') ??
    (askMissing && reason.length < REASON_MIN ? t('paper.missingNeeded') : undefined);
  const showMissing =
    (askMissing && missing.length > 0) || errorFor(error, 'missingReason') !== undefined;
  // Only the unticked papers of the procedure go to Mẫu 02, with the counts it asks for.
  const missingDocs = (): MissingDocument[] =>
    Object.values(checklist)
      .filter((d) => missing.includes(d.name))
      .map((d) => ({
        name: d.name,
        originals: d.originals,
        certifiedCopies: d.certifiedCopies,
        photocopies: d.photocopies,
      }));

  const applicantInput = (): Applicant => {
    const email = nfc(applicant.email.trim());
    return {
      fullName: nfc(applicant.fullName),
      idNumber: applicant.idNumber,
      phone: applicant.phone,
      address: nfc(applicant.address),
      ...(email ? { email } : {}),
      ...partyInput(party),
    };
  };

  const requestSupplement = async () => {
    if (busy || !onRequestSupplement) return;
    setBusy(true);
    setError(null);
    try {
      await onRequestSupplement(missingDocs(), applicantInput());
    } catch (err) {
      setError(toFormError(err));
    } finally {
      setBusy(false);
    }
  };

  const refuse = async () => {
    if (busy || !onRefuse) return;
    setBusy(true);
    setError(null);
    try {
      await onRefuse(applicantInput());
    } catch (err) {
      setError(toFormError(err));
    } finally {
      setBusy(false);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (missing.length > 0 && reason.length < REASON_MIN) {
      setAskMissing(true);
      setError(null);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await call('dossiers.accept', {
        ...(declaration ? { declarationCode: declaration.code } : { procedureCode }),
        applicant: applicantInput(),
        documents,
        sets: Math.max(1, Number.parseInt(sets, 10) || 1),
        channel: paper.channel,
        delivery:
          paper.delivery === 'post'
            ? { method: 'post', address: nfc(paper.address.trim()) }
            : { method: 'counter' },
        ...(reason && showMissing ? { missingReason: nfc(reason) } : {}),
        ...(override.on
          ? {
              dueAtOverride: vnInput(override.date, override.time),
              overrideReason: nfc(override.reason.trim()),
            }
          : {}),
        ...(confirmed ? { processing: confirmed } : {}),
        requestId,
      });
      setRequestId(newRequestId());
      onAccepted({
        result,
        procedureName,
        procedureCode,
        applicantName: nfc(applicant.fullName),
      });
    } catch (err) {
      setError(toFormError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card accept"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="accept-title"
      noValidate
    >
      <h2 id="accept-title">
        {declaration ? t('officer.declaration', { code: declaration.code }) : t('officer.direct')}
      </h2>
      <p>
        <strong>{t('officer.procedure')}:</strong> {procedureName}{' '}
        <span className="muted">({procedureCode})</span>
      </p>
      {declaration && (
        <p className="muted">
          {t('officer.declaredAt')}: {vnDateTime(declaration.createdAt)}
        </p>
      )}
      {handled && <ErrorNotice message={t('officer.alreadyHandled')} />}

      <fieldset className="applicant">
        <legend>{t('officer.applicantTitle')}</legend>
        <div className="grid-2">
          {KEYS.map((k) => (
            <TextField
              key={k}
              label={
                k === 'email' ? `${t('officer.email')} ${t('common.optional')}` : t(`officer.${k}`)
              }
              value={applicant[k]}
              onChange={(v) => setApplicant((a) => ({ ...a, [k]: v }))}
              error={errorFor(error, `applicant.${k}`)}
              autoComplete="off"
              type={k === 'email' ? 'email' : k === 'phone' ? 'tel' : 'text'}
              className={k === 'address' ? 'span-2' : undefined}
            />
          ))}
        </div>
        <ApplicantParty value={party} onChange={setParty} error={error} />
      </fieldset>

      <section aria-labelledby="docs-title">
        <h3 id="docs-title">{t('officer.documentsTitle')}</h3>
        <ErrorNotice message={procError} />
        {procedure && (
          <DocumentChecklist
            cases={procedure.documentCases}
            value={checklist}
            onChange={(key, next) => setChecklist({ ...checklist, [key]: next })}
          />
        )}
      </section>

      <div className="accept__footer">
        <TextField
          label={t('officer.sets')}
          value={sets}
          onChange={setSets}
          type="number"
          min={1}
          max={20}
          error={errorFor(error, 'sets')}
          className="field--narrow"
        />
        <div className="due-preview" aria-live="polite">
          <p className="muted">{t('officer.duePreview')}</p>
          {due?.dueAt ? (
            <p className="due-preview__value">
              {vnDateTime(due.dueAt)}{' '}
              <span className="muted">({staffTimeText(due.processing)})</span>
            </p>
          ) : due ? (
            <p className="notice notice--warn">{t('confirmTime.pending')}</p>
          ) : (
            <ErrorNotice message={dueError} />
          )}
        </div>
      </div>
      {mustConfirm && (
        <ConfirmTime
          value={time}
          onChange={setTime}
          sourceNote={due?.processing.sourceNote ?? due?.processing.text}
          error={error}
        />
      )}
      <AcceptChannel value={paper} onChange={setPaper} error={error} />
      <DueOverride
        value={override}
        dueAt={due?.dueAt ?? null}
        onChange={setOverride}
        error={error}
      />

      {showMissing && (
        <MissingPapers
          names={missing}
          reason={paper.missingReason}
          onReason={(missingReason) => setPaper({ ...paper, missingReason })}
          error={missingError}
          onRequestSupplement={
            onRequestSupplement && !handled ? () => void requestSupplement() : undefined
          }
        />
      )}
      {error && error.field !== 'missingReason' && <ErrorNotice message={error.message} />}
      <div className="actions">
        <button type="submit" className="btn btn--primary btn--large" disabled={busy || handled}>
          {busy ? t('officer.accepting') : t('officer.accept')}
        </button>
        {onRefuse && !declaration && (
          <button
            type="button"
            className="btn"
            disabled={busy || handled}
            onClick={() => void refuse()}
          >
            {t('desk.refuse.title')}
          </button>
        )}
        <button type="button" className="btn" onClick={onCancel}>
          {t('officer.cancel')}
        </button>
      </div>
    </form>
  );
}

/** 128 random bits as hex; getRandomValues works on a plain-HTTP LAN page, randomUUID does not. */
function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
