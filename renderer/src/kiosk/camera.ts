/**
 * The kiosk's camera for the CCCD QR: whether there is one, opening it (the rear camera when the
 * device has one, else any), stopping every track, and reading a QR from the current frame in the
 * page (jsQR, loaded only when the camera is opened). One small canvas is reused for the frames
 * and emptied when reading stops; no frame or image is kept.
 */
import type jsQR from 'jsqr';

type Decode = typeof jsQR;

/** The longest side a frame is read at: enough for the card's QR at arm's length, cheap to scan. */
const READ_SIDE = 800;

/** True when the device has a camera (a `videoinput`), asked without opening it. */
export async function hasCamera(): Promise<boolean> {
  const devices = navigator.mediaDevices as MediaDevices | undefined;
  if (!devices?.enumerateDevices || !('getUserMedia' in devices)) return false;
  try {
    return (await devices.enumerateDevices()).some((d) => d.kind === 'videoinput');
  } catch {
    return false;
  }
}

/** Opens the camera, video only. */
export function openCamera(): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({
    audio: false,
    video: {
      facingMode: { ideal: 'environment' },
      width: { ideal: 1280 },
      height: { ideal: 720 },
    },
  });
}

/** Stops every track of the stream (the camera's light goes off). */
export function stopCamera(stream: MediaStream | null | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** Whether the preview should be shown mirrored (a camera facing the citizen, as in a mirror). */
export function facesUser(stream: MediaStream): boolean {
  const track = stream.getVideoTracks()[0] as MediaStreamTrack | undefined;
  return track?.getSettings().facingMode !== 'environment';
}

/** The decoder, loaded on first use (its own chunk: the kiosk's first screen does not carry it). */
export async function loadDecoder(): Promise<Decode> {
  return (await import('jsqr')).default;
}

/** Reads QR codes from a playing video, one frame at a time, through one reused canvas. */
export interface FrameReader {
  /** The text of a QR in the current frame, or null (no frame yet, no QR). */
  read(video: HTMLVideoElement): string | null;
  /** Empties the canvas: nothing of the last frame stays in memory. */
  release(): void;
}

/** A frame reader over `decode` (jsQR). */
export function frameReader(decode: Decode): FrameReader {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return {
    read(video) {
      const { videoWidth: w, videoHeight: h } = video;
      if (!context || !w || !h || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA)
        return null;
      const scale = Math.min(1, READ_SIDE / Math.max(w, h));
      canvas.width = Math.round(w * scale);
      canvas.height = Math.round(h * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const frame = context.getImageData(0, 0, canvas.width, canvas.height);
      const found = decode(frame.data, frame.width, frame.height, {
        inversionAttempts: 'dontInvert',
      });
      return found?.data ?? null;
    },
    release() {
      canvas.width = 0;
      canvas.height = 0;
    },
  };
}
