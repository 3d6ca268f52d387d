import { PANEL_OFFERS, type CheckInState, type PanelState } from '../../shared/panelProtocol';
import { Poses } from './poses';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) {
    throw new Error(`Missing element #${id}`);
  }
  return found as T;
}


/**
 * Puts `text` into the element with `id` through textContent, and only when it changed: rewriting the same text would
 * have the page lay out and draw it again with every second's state.
 */
function setText(id: string, text: string): HTMLElement {
  const found = element(id);
  if (found.textContent !== text) {
    found.textContent = text;
  }
  return found;
}

/** Hides or shows the element with `id`, touching it only when that changes (as {@link setText}). */
function setHidden(id: string, hidden: boolean): void {
  const found = element(id);
  if (found.hidden !== hidden) {
    found.hidden = hidden;
  }
}

let poses: Poses | undefined;

/** Writes a snapshot into the page. Text only ever goes in through textContent. */
export function render(state: PanelState): void {
  if (document.body.dataset.status !== state.status) {
    document.body.dataset.status = state.status;
  }
  setText('title', state.title);
  const clock = setText('clock', state.clock);
  clock.setAttribute('aria-label', state.clockLabel);
  setHidden('clock', state.clock === '');
  setText('progress', state.progress);
  setText('cue', state.cue);
  setText('mistake', state.mistake);
  setText('variant', state.variant);
  setText('next', state.next);
  setText('target', state.target);
  renderCheckIn(state.checkIn);
  poses ??= new Poses(element<HTMLImageElement>('illustration'));
  poses.show(state.illustration, state.moving);
  showOffered(PANEL_OFFERS[state.status]);
}

/**
 * Shows the buttons offered now. When the focused one goes (Pause turning into Resume, Start into Pause), focus moves
 * to the main button that takes its place, so a keyboard or screen-reader user stays where they were.
 */
function showOffered(offered: readonly string[]): void {
  const focused = document.activeElement;
  let lostFocus = false;
  document.querySelectorAll<HTMLButtonElement>('button[data-command]').forEach((button) => {
    const hidden = !offered.includes(button.dataset.command ?? '');
    if (button.hidden !== hidden) {
      button.hidden = hidden;
      lostFocus ||= hidden && button === focused;
    }
  });
  if (lostFocus) {
    document.querySelector<HTMLButtonElement>('button.primary[data-command]:not([hidden])')?.focus();
  }
}

let answerListener: (legs: CheckInState['answers'][number]['legs']) => void = () => undefined;
let shownAnswers = '';

/** Calls `listener` with the legs answer the runner clicks under a finished warm-up. */
export function onCheckInAnswer(listener: typeof answerListener): void {
  answerListener = listener;
}

/** The check-in under a finished warm-up; its buttons are rebuilt only when they change, so focus stays put. */
function renderCheckIn(checkIn: CheckInState | undefined): void {
  setHidden('check-in', checkIn === undefined);
  setText('check-in-question', checkIn?.question ?? '');
  setText('check-in-answer', checkIn?.answer ?? '');
  const answers = JSON.stringify(checkIn?.answers ?? []);
  if (answers === shownAnswers) {
    return;
  }
  shownAnswers = answers;
  const buttons = (checkIn?.answers ?? []).map(({ legs, label }) => {
    const button = document.createElement('button');
    button.textContent = label;
    button.dataset.legs = legs;
    button.addEventListener('click', () => answerListener(legs));
    return button;
  });
  element('check-in-answers').replaceChildren(...buttons);
}

/** Shows a line in the caption (also the aria-live region that announces each new step). */
export function caption(text: string): void {
  element('caption').textContent = text;
}

export function showSoundNote(show: boolean): void {
  setHidden('sound-note', !show);
}

export function showVoiceNote(show: boolean): void {
  setHidden('voice-note', !show);
}

export function showElsewhereNote(show: boolean): void {
  setHidden('elsewhere-note', !show);
}
