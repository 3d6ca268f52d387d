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

  /**
   * A voice for `lang` ("de", "de-AT"…): one for exactly that language first, then any of the same language (a German
   * text is never read by an English voice); the platform's default among them when it marks one.
   */
  voiceFor(lang: string): SpeechSynthesisVoice | undefined {
    if (typeof speechSynthesis === 'undefined') {
      return undefined;
    }
    const tag = (language: string) => language.toLowerCase().replace(/_/g, '-'); // "de_AT" and "de-at" alike
    const wanted = tag(lang);
    const base = wanted.split('-')[0];
    const sameLanguage = speechSynthesis.getVoices().filter((voice) => tag(voice.lang).split('-')[0] === base);
    const exact = sameLanguage.filter((voice) => tag(voice.lang) === wanted);
    const pool = exact.length > 0 ? exact : sameLanguage;
    return pool.find((voice) => voice.default) ?? pool[0];
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

  /**
   * Says each line of `text` (lines separated by `\n`) one after the other in a voice of `lang`, cutting off anything
   * still being said. False when there is no such voice here, so nothing was said.
   */
  speak(text: string, lang: string): boolean {
    const voice = this.voiceFor(lang);
    if (!voice) {
      return false;
    }
    speechSynthesis.cancel();
    for (const line of text.split('\n')) {
      const utterance = new SpeechSynthesisUtterance(line);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 1;
      utterance.volume = this.volume;
      speechSynthesis.speak(utterance);
    }
    return true;
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
