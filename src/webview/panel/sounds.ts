/**
 * Beeps (Web Audio, no files) and speech for the panel. Browsers only allow sound after a
 * gesture inside the page, so the first click or key press in the panel unlocks it.
 */
export class Sounds {
  private context: AudioContext | undefined;
  /** 0–1, from the `warmup.volume` setting. */
  volume = 0.8;

  /** Call from a user gesture: creates or resumes the audio context and wakes speech. */
  unlock(): void {
    try {
      this.context ??= new AudioContext();
      void this.context.resume();
      // Asking once makes the browser load its voices, which it may list only later.
      if (typeof speechSynthesis !== 'undefined') {
        speechSynthesis.getVoices();
      }
    } catch {
      this.context = undefined;
    }
  }

  /** True when sound can play now. */
  get unlocked(): boolean {
    return this.context?.state === 'running';
  }

  /** True when the platform offers at least one voice to speak with. */
  get hasVoice(): boolean {
    return typeof speechSynthesis !== 'undefined' && speechSynthesis.getVoices().length > 0;
  }

  countdown(): void {
    this.tone(880, 0, 0.12);
  }

  change(): void {
    this.tone(660, 0, 0.15);
    this.tone(990, 0.18, 0.25);
  }

  /** A single soft tone under a mid-step reminder. */
  reminder(): void {
    this.tone(740, 0, 0.2);
  }

  finish(): void {
    this.tone(523, 0, 0.18);
    this.tone(659, 0.2, 0.18);
    this.tone(784, 0.4, 0.18);
    this.tone(1047, 0.6, 0.45);
  }

  /** Says each line of `text` (lines separated by `\n`) one after the other, cutting off anything still being said. */
  speak(text: string, lang: string): void {
    if (!text || !this.hasVoice) {
      return;
    }
    speechSynthesis.cancel();
    for (const line of text.split('\n')) {
      const utterance = new SpeechSynthesisUtterance(line);
      utterance.lang = lang;
      utterance.rate = 1;
      utterance.volume = this.volume;
      speechSynthesis.speak(utterance);
    }
  }


  private tone(frequency: number, delay: number, length: number): void {
    const ctx = this.context;
    if (!ctx || ctx.state !== 'running') {
      return;
    }
    const start = ctx.currentTime + delay;
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    // A short fade in and out avoids clicks.
    gain.gain.setValueAtTime(0, start);
    const peak = 0.4 * this.volume;
    gain.gain.linearRampToValueAtTime(peak, start + 0.01);
    gain.gain.setValueAtTime(peak, start + length - 0.03);
    gain.gain.linearRampToValueAtTime(0, start + length);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(start);
    oscillator.stop(start + length + 0.02);
  }
}
