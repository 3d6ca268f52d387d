import type { PanelCommand, PanelState, ToWebview } from '../shared/protocol';
import { Cues } from './audio';
import { caption, render, showSoundNote } from './view';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void; setState(state: unknown): void };

const vscode = acquireVsCodeApi();
const cues = new Cues();
let state: PanelState | undefined;

function send(command: PanelCommand): void {
  vscode.postMessage({ type: 'command', command });
}

function updateSoundNote(): void {
  showSoundNote(state !== undefined && (state.sound || state.voice) && !cues.unlocked);
}

function unlockAudio(): void {
  cues.unlock();
  // The context resumes asynchronously; check again once it has.
  setTimeout(updateSoundNote, 100);
}

function onMessage(message: ToWebview): void {
  if (message.type === 'state') {
    if (message.state.status === 'idle' && state?.status !== 'idle') {
      caption('');
    }
    state = message.state;
    cues.volume = Math.min(1, Math.max(0, state.volume / 100));
    render(state);
    updateSoundNote();
    return;
  }
  if (message.speech) {
    caption(message.speech);
  }
  if (state?.sound) {
    if (message.cue === 'countdown') cues.countdown();
    else if (message.cue === 'change') cues.change();
    else if (message.cue === 'finish') cues.finish();
    else cues.reminder();
  }
  if (state?.voice) {
    cues.speak(message.speech, document.documentElement.lang || 'en');
  }
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => onMessage(event.data));

document.addEventListener('pointerdown', unlockAudio, { capture: true });
document.addEventListener('keydown', unlockAudio, { capture: true });

document.querySelectorAll<HTMLButtonElement>('button[data-command]').forEach((button) => {
  button.addEventListener('click', () => send(button.dataset.command as PanelCommand));
});

document.querySelectorAll<HTMLButtonElement>('button[data-legs]').forEach((button) => {
  button.addEventListener('click', () => vscode.postMessage({ type: 'legs', legs: button.dataset.legs }));
});

document.addEventListener('keydown', (event) => {
  if (!state || event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }
  const onButton = event.target instanceof HTMLButtonElement;
  if (event.key === ' ' && !onButton && (state.status === 'running' || state.status === 'paused')) {
    send(state.status === 'running' ? 'pause' : 'resume');
  } else if (event.key === 'ArrowRight' && state.status !== 'idle' && state.status !== 'done') {
    send('skip');
  } else if (event.key === 'ArrowLeft' && state.status !== 'idle' && state.status !== 'done') {
    send('previous');
  } else {
    return;
  }
  event.preventDefault();
});

// Marks the panel as restorable after a window reload; the host re-sends everything else.
vscode.setState({ restorable: true });
vscode.postMessage({ type: 'ready' });
