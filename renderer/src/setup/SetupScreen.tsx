/**
 * `#/setup` in the desktop app: the first run. Choose the mode; a kiosk, desk or hall display
 * enters its hub's address and a pairing code; printers; the admin exit PIN. The main process
 * pairs, writes the settings file and restarts into the mode.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { shellBridge, type Mode, type SetupChoice, type SetupState } from './shellBridge';
import './setup.css';

const MODES: Mode[] = ['single', 'kiosk', 'workstation', 'display'];

/** The settings file could not be used: why, and the way out (the old file is kept). */
function Problem({ state, onStartOver }: { state: SetupState; onStartOver: () => void }) {
  const { t } = useTranslation();
  if (!state.problem) return null;
  return (
    <section role="alert" className="setup__problem">
      <h2>{t('setup.problemTitle')}</h2>
      <p>{state.problem.reason}</p>
      <p>{t('setup.problemKeep')}</p>
      <button type="button" className="btn" onClick={onStartOver}>
        {t('setup.startOver')}
      </button>
    </section>
  );
}

export function SetupScreen() {
  const { t } = useTranslation();
  const bridge = shellBridge();
  const [state, setState] = useState<SetupState | null>(null);
  const [choice, setChoice] = useState<SetupChoice>({ mode: 'single' });
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [keptAs, setKeptAs] = useState<string | null>(null);

  useEffect(() => {
    void bridge?.setupState().then(setState);
  }, [bridge]);

  if (!bridge) return <main className="setup">{t('setup.notDesktop')}</main>;
  const remote = choice.mode !== 'single';
  const locked = choice.mode === 'kiosk' || choice.mode === 'display';
  const set = (patch: Partial<SetupChoice>) => setChoice((c) => ({ ...c, ...patch }));
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);

  const startOver = async () => {
    const { keptAs: file } = await bridge.startOver();
    setKeptAs(file);
    setState({ printers: state?.printers ?? [] });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await bridge.completeSetup(choice);
    setBusy(false);
    setError(result.ok ? null : result);
  };

  return (
    <main className="setup">
      <h1>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      {state && <Problem state={state} onStartOver={() => void startOver()} />}
      {keptAs && <p role="status">{t('setup.keptAs', { file: keptAs })}</p>}
      <form onSubmit={(e) => void submit(e)} aria-busy={busy}>
        <SelectField
          label={t('setup.mode')}
          value={choice.mode}
          options={MODES.map((m) => ({ value: m, label: t(`setup.modes.${m}`) }))}
          onChange={(mode) => set({ mode })}
        />
        {remote && (
          <>
            <TextField
              label={t('setup.hubUrl')}
              hint={t('setup.hubUrlHint')}
              value={choice.hubUrl ?? ''}
              onChange={(hubUrl) => set({ hubUrl })}
              error={fieldError('hubUrl')}
              inputMode="url"
            />
            <TextField
              label={t('setup.pairingCode')}
              hint={t('setup.pairingCodeHint')}
              value={choice.pairingCode ?? ''}
              onChange={(pairingCode) => set({ pairingCode })}
              error={fieldError('pairingCode')}
              autoComplete="off"
            />
          </>
        )}
        {choice.mode !== 'display' && (
          <TextField
            label={t('setup.printer')}
            hint={t('setup.printerHint')}
            value={choice.printer ?? ''}
            onChange={(printer) => set({ printer })}
            error={fieldError('printer')}
            list="setup-os-printers"
          />
        )}
        <datalist id="setup-os-printers" aria-label={t('setup.osPrinters')}>
          {state?.printers.map((name) => (
            <option key={name} value={`printer:${name}`} />
          ))}
        </datalist>
        {locked && (
          <TextField
            label={t('setup.adminExitPin')}
            hint={t('setup.adminExitPinHint')}
            value={choice.adminExitPin ?? ''}
            onChange={(adminExitPin) => set({ adminExitPin })}
            error={fieldError('adminExitPin')}
            type="password"
            inputMode="numeric"
          />
        )}
        {error && !error.field && <p role="alert">{error.message}</p>}
        <button
          type="submit"
          className="btn btn--primary btn--large"
          disabled={busy || Boolean(state?.problem)}
        >
          {busy ? t('setup.saving') : t('setup.save')}
        </button>
      </form>
    </main>
  );
}
