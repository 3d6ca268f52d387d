import { PANEL_COMMANDS, type CueMessage, type FromWebview, type PanelCommand, type PanelState, type ToWebview } from '../../shared/panelProtocol';
import { vscodeApi } from '../vscodeApi';
import { Sounds } from './sounds';
import { caption, onCheckInAnswer, render, showElsewhereNote, showSoundNote, showVoiceNote } from './view';

const vscode = vscodeApi<FromWebview>();
const sounds = new Sounds();
let state: PanelState | undefined;

/** The sound for each cue; the compiler asks for one per kind. */
const SOUND_OF: Record<CueMessage['cue'], () => void> = {
  countdown: () => sounds.countdown(),
  change: () => sounds.change(),
  finish: () => sounds.finish(),
  halfway: () => sounds.reminder(),
  thirtyLeft: () => sounds.reminder(),
  next: () => sounds.reminder(),
  set: () => sounds.change(),
  rest: () => sounds.reminder(),
};

function send(command: PanelCommand): void {
  vscode.postMessage({ type: 'command', command });
}

function updateSoundNote(): void {
  showSoundNote(state !== undefined && (state.sound || state.voice) && !sounds.unlocked);
}

function unlockAudio(): void {
  sounds.unlock();
  if (state?.soundElsewhere) {
    vscode.postMessage({ type: 'here' });
  }
  // The context resumes asynchronously; check again once it has.
  setTimeout(updateSoundNote, 100);
}

function onState(next: PanelState): void {
  if (next.status === 'idle' && state?.status !== 'idle') {
    caption('');
  }
  state = next;
  sounds.volume = Math.min(1, Math.max(0, state.volume / 100));
  render(state);
  updateSoundNote();
  showElsewhereNote(state.soundElsewhere && (state.sound || state.voice));
  if (!state.voice) {
    showVoiceNote(false);
  }
}

function onCue(message: CueMessage): void {
  if (message.speech) {
    caption(message.speech);
  }
  if (!state || state.soundElsewhere) {
    return; // another window's panel, the one the runner used last, plays it
  }
  if (state.sound) {
    SOUND_OF[message.cue]();
  }
  if (state.voice && message.speech) {
    // No voice for the text's language: say so once in the panel, the captions carry the words.
    showVoiceNote(!sounds.speak(message.speech, document.documentElement.lang || 'en'));
  }
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  if (event.data.type === 'state') {
    onState(event.data.state);
  } else {
    onCue(event.data);
  }
});

document.addEventListener('pointerdown', unlockAudio, { capture: true });
document.addEventListener('keydown', unlockAudio, { capture: true });

for (const command of PANEL_COMMANDS) {
  document.querySelector(`button[data-command="${command}"]`)?.addEventListener('click', () => send(command));
}

onCheckInAnswer((legs) => vscode.postMessage({ type: 'legs', legs }));

document.addEventListener('keydown', (event) => {
  if (!state || event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }
  const onButton = event.target instanceof HTMLButtonElement;
  const active = state.status === 'running' || state.status === 'paused';
  if (event.key === ' ' && !onButton && active) {
    // The host decides: this page's state may lag a press or two behind.
    send('togglePause');
  } else if (event.key === 'ArrowRight' && !onButton && active) {
    send('skip');
  } else if (event.key === 'ArrowLeft' && !onButton && active) {
    send('previous');
  } else {
    return;
  }
  event.preventDefault();
});

// Marks the panel as restorable after a window reload; the host re-sends everything else.
vscode.setState({ restorable: true });
vscode.postMessage({ type: 'ready' });
