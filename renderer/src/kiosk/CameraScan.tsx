/**
 * The CCCD QR read by the kiosk's camera, for kiosks without a scanner: a button, shown only when
 * the device has a camera, opens a preview; frames are decoded in the page and the first QR's
 * text goes to `onText` (the declaration parses it as it parses a wedge scan). Cancel, a minute
 * without a QR, leaving the screen and the idle reset (which remounts the screen) all stop the
 * camera; no frame or image is kept.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice';
import {
  facesUser,
  frameReader,
  hasCamera,
  loadDecoder,
  openCamera,
  stopCamera,
  type FrameReader,
} from './camera';

/** How long the camera looks for a QR before it turns itself off. */
export const CAMERA_TIMEOUT_MS = 60_000;
/** Time between two frames read: about seven a second, light on a kiosk's two cores. */
const FRAME_MS = 150;

type Outcome = { kind: 'text'; text: string } | { kind: 'timeout' | 'failed' | 'cancel' };

/** The button (when there is a camera), the preview while it is open, and what went wrong. */
export function CameraScan({ onText }: { onText: (text: string) => void }) {
  const { t } = useTranslation();
  const [available, setAvailable] = useState(false);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<'timeout' | 'failed' | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    const look = () => void hasCamera().then((yes) => live && setAvailable(yes));
    look();
    const devices = navigator.mediaDevices as MediaDevices | undefined;
    devices?.addEventListener('devicechange', look);
    return () => {
      live = false;
      devices?.removeEventListener('devicechange', look);
    };
  }, []);

  const close = (outcome: Outcome) => {
    setOpen(false);
    setProblem(outcome.kind === 'timeout' || outcome.kind === 'failed' ? outcome.kind : null);
    buttonRef.current?.focus();
    if (outcome.kind === 'text') onText(outcome.text);
  };

  if (!available) return null;
  return (
    <div className="camera-scan">
      <button
        ref={buttonRef}
        type="button"
        className="btn btn--big btn--wide"
        onClick={() => {
          setProblem(null);
          setOpen(true);
        }}
      >
        {t('kiosk.cameraButton')}
      </button>
      {problem && (
        <ErrorNotice
          message={t(problem === 'timeout' ? 'kiosk.cameraTimeout' : 'kiosk.cameraFailed')}
        />
      )}
      {open && <CameraPanel onClose={close} />}
    </div>
  );
}

/** The preview: opens the camera on mount, reads frames until a QR, the time limit or Cancel. */
function CameraPanel({ onClose }: { onClose: (outcome: Outcome) => void }) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef(onClose);
  const stopRef = useRef<() => void>(() => undefined);
  const [phase, setPhase] = useState<'starting' | 'looking'>('starting');
  const [mirrored, setMirrored] = useState(true);
  const [left, setLeft] = useState(CAMERA_TIMEOUT_MS / 1000);
  useEffect(() => {
    closeRef.current = onClose;
  });

  useEffect(() => {
    cancelRef.current?.focus();
    const video = videoRef.current;
    const deadline = Date.now() + CAMERA_TIMEOUT_MS;
    let stream: MediaStream | null = null;
    let reader: FrameReader | null = null;
    let frameTimer: number | undefined;
    let stopped = false;
    const stop = () => {
      stopped = true;
      window.clearTimeout(frameTimer);
      window.clearTimeout(limit);
      window.clearInterval(countdown);
      stopCamera(stream);
      stream = null;
      if (video) video.srcObject = null;
      reader?.release();
      reader = null;
    };
    const finish = (outcome: Outcome) => {
      if (stopped) return;
      stop();
      closeRef.current(outcome);
    };
    // Declared after `stop`, which clears them: it only runs once the effect has set them.
    const limit = window.setTimeout(() => finish({ kind: 'timeout' }), CAMERA_TIMEOUT_MS);
    const countdown = window.setInterval(
      () => setLeft(Math.max(0, Math.ceil((deadline - Date.now()) / 1000))),
      1000,
    );
    const look = () => {
      if (stopped || !reader || !video) return;
      const text = reader.read(video);
      if (text !== null) finish({ kind: 'text', text });
      else frameTimer = window.setTimeout(look, FRAME_MS);
    };
    void (async () => {
      try {
        const [opened, decode] = await Promise.all([openCamera(), loadDecoder()]);
        // Closed while the camera was opening: it is stopped at once.
        if (stopped || !video) {
          stopCamera(opened);
          return;
        }
        stream = opened;
        // A camera unplugged (or taken by the system) while looking ends the scan at once.
        for (const track of opened.getTracks())
          track.addEventListener('ended', () => finish({ kind: 'failed' }));
        setMirrored(facesUser(opened));
        video.srcObject = opened;
        await video.play();
        reader = frameReader(decode);
        setPhase('looking');
        look();
      } catch {
        finish({ kind: 'failed' });
      }
    })();
    stopRef.current = () => finish({ kind: 'cancel' });
    return stop;
  }, []);

  return (
    <div className="overlay overlay--camera">
      <div
        className="dialog camera"
        role="dialog"
        aria-modal="true"
        aria-labelledby="camera-title"
        aria-describedby="camera-help"
        onKeyDown={(e) => {
          if (e.key === 'Escape') stopRef.current();
        }}
      >
        <h2 id="camera-title">{t('kiosk.cameraTitle')}</h2>
        <p id="camera-help">{t('kiosk.cameraHelp')}</p>
        <div className="camera__frame">
          <video
            ref={videoRef}
            className={mirrored ? 'camera__video camera__video--mirrored' : 'camera__video'}
            muted
            playsInline
            aria-hidden="true"
          />
          <div className="camera__aim" aria-hidden="true" />
        </div>
        <p className="camera__status" role="status">
          {t(phase === 'starting' ? 'kiosk.cameraStarting' : 'kiosk.cameraLooking')}
        </p>
        <p className="camera__left">{t('kiosk.cameraLeft', { seconds: left })}</p>
        <button
          ref={cancelRef}
          type="button"
          className="btn btn--big"
          onClick={() => stopRef.current()}
        >
          {t('kiosk.cameraCancel')}
        </button>
      </div>
    </div>
  );
}
