/**
 * The hall's voice: a chime, then "Mời công dân có số 1001 đến quầy số 1" spoken by the system's
 * Vietnamese voice when there is one, else by bundled clips (espeak-ng, 16 kHz mono WAV: the two
 * phrases and the digits, read one by one); with no voice and no clips the chime and the flash remain.
 */

const clips = import.meta.glob<string>('./voice/*.wav', {
  eager: true,
  query: '?url',
  import: 'default',
});
const clipUrl = (name: string) => clips[`./voice/${name}.wav`];

/** The sentence the hall hears for a call. */
export const callPhrase = (ticket: string, counter: number) =>
  `Mời công dân có số ${ticket} đến quầy số ${counter}`;

/** The clips that say a call, in order: phrase, the ticket's digits, phrase, the counter's digits. */
export const callClips = (ticket: string, counter: number): string[] => [
  'moi',
  ...ticket.replace(/\D/gu, '').split(''),
  'den-quay',
  ...String(counter).split(''),
];

/** A two-tone chime made with WebAudio (no file needed); silent where audio is unavailable. */
export function chime(): Promise<void> {
  const Ctx = window.AudioContext as typeof AudioContext | undefined;
  if (!Ctx) return Promise.resolve();
  try {
    const ctx = new Ctx();
    [880, 660].forEach((hz, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = hz;
      const t0 = ctx.currentTime + i * 0.35;
      gain.gain.setValueAtTime(0.25, t0);
      gain.gain.exponentialRampToValueAtTime(0.001, t0 + 0.6);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t0);
      osc.stop(t0 + 0.6);
    });
    return new Promise((done) => window.setTimeout(done, 900));
  } catch {
    return Promise.resolve();
  }
}

function vietnameseVoice(): SpeechSynthesisVoice | undefined {
  if (!('speechSynthesis' in window)) return undefined;
  return window.speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith('vi'));
}

function speak(text: string, voice: SpeechSynthesisVoice): Promise<void> {
  return new Promise((done) => {
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = 'vi-VN';
    u.rate = 0.9;
    u.onend = () => done();
    u.onerror = () => done();
    window.speechSynthesis.speak(u);
  });
}

async function playClips(names: string[]): Promise<boolean> {
  const urls = names.map(clipUrl);
  if (urls.some((u) => !u)) return false;
  for (const url of urls) {
    const audio = new Audio(url);
    const ended = new Promise<void>((done) => {
      audio.onended = () => done();
      audio.onerror = () => done();
    });
    try {
      await audio.play();
      await ended;
    } catch {
      return false;
    }
  }
  return true;
}

/** Announces one call: chime, then the voice or the clips. Never throws. */
export async function announce(ticket: string, counter: number): Promise<void> {
  await chime();
  const voice = vietnameseVoice();
  if (voice) await speak(callPhrase(ticket, counter), voice);
  else await playClips(callClips(ticket, counter));
}
