import { PANEL_OFFERS, type CheckInState, type PanelState } from '../../shared/panelProtocol';
import { Poses } from './poses';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) {
    throw new Error(`Missing element #${id}`);
  }
  return found as T;
}


let poses: Poses | undefined;

/** Writes a snapshot into the page. Text only ever goes in through textContent. */
export function render(state: PanelState): void {
  document.body.dataset.status = state.status;
  element('title').textContent = state.title;
  const clock = element('clock');
  clock.textContent = state.clock;
  clock.setAttribute('aria-label', state.clockLabel);
  clock.hidden = state.clock === '';
  element('progress').textContent = state.progress;
  element('cue').textContent = state.cue;
  element('mistake').textContent = state.mistake;
  element('variant').textContent = state.variant;
  element('next').textContent = state.next;
  element('target').textContent = state.target;
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
    button.hidden = !offered.includes(button.dataset.command ?? '');
    lostFocus ||= button.hidden && button === focused;
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
  element('check-in').hidden = checkIn === undefined;
  element('check-in-question').textContent = checkIn?.question ?? '';
  element('check-in-answer').textContent = checkIn?.answer ?? '';
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
  element('sound-note').hidden = !show;
}

export function showVoiceNote(show: boolean): void {
  element('voice-note').hidden = !show;
}

export function showElsewhereNote(show: boolean): void {
  element('elsewhere-note').hidden = !show;
}
