// A short two-tone chime made with WebAudio: no sound file to serve, no third-party host.
const TONES = [
  { hz: 880, at: 0 },
  { hz: 660, at: 0.17 },
] as const;

export const beep = (context: AudioContext) => {
  const start = context.currentTime + 0.01;
  for (const { hz, at } of TONES) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = "sine";
    oscillator.frequency.value = hz;
    // A quick ramp up and down: a tone that starts or stops at full volume clicks.
    gain.gain.setValueAtTime(0.0001, start + at);
    gain.gain.exponentialRampToValueAtTime(0.25, start + at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + at + 0.15);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start + at);
    oscillator.stop(start + at + 0.16);
  }
};
