let context: AudioContext | null = null;

/** The window's one audio context, made on first use. Null where the browser has no Web Audio. */
function audioContext(): AudioContext | null {
  if (context) return context;
  if (typeof AudioContext === 'undefined') return null;
  context = new AudioContext();
  return context;
}

/** Readies audio during a click, so that the tone may play later without one (browsers' autoplay rule). */
export function primeTimerEndTone(): void {
  void audioContext()?.resume();
}

/** Three short rising beeps, made with Web Audio: no sound file, nothing fetched. */
export function playTimerEndTone(): void {
  const audio = audioContext();
  if (!audio) return;
  void audio.resume();
  const start = audio.currentTime + 0.02;
  [660, 880, 1100].forEach((frequency, index) => {
    const at = start + index * 0.28;
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.35, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.24);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.26);
  });
}
