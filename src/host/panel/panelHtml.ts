import * as vscode from 'vscode';
import { escapeHtml, webviewPage } from '../base/webviewPage';

/** The panel's page: static, localised chrome; everything else (the check-in's buttons too) arrives as `state` messages. */
export function panelHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const t = (text: string) => escapeHtml(text);
  const body = `<main>
  <p id="sound-note" class="note" hidden>${t(vscode.l10n.t('Sound is waiting for a click: click Start or anywhere in this panel to hear the beeps and the voice.'))}</p>
  <p id="elsewhere-note" class="note" hidden>${t(vscode.l10n.t('Sound and voice play in another VS Code window, where you last used the Warm-Up panel. Click here to hear them in this window.'))}</p>
  <p id="voice-note" class="note" hidden>${t(vscode.l10n.t('This computer has no voice for the language of these texts, so the spoken lines show only as captions below.'))}</p>
  <section class="step">
    <div class="art"><img id="illustration" class="illustration" alt=""></div>
    <div class="text">
      <h1 id="title"></h1>
      <div id="clock" class="clock" role="timer"></div>
      <p id="progress" class="progress"></p>
      <p id="cue" class="cue"></p>
      <p id="mistake" class="mistake"></p>
      <p id="variant" class="variant"></p>
      <p id="target" class="target"></p>
      <p id="next" class="next"></p>
    </div>
  </section>
  <div class="controls" role="toolbar" aria-label="${t(vscode.l10n.t('Warm-up controls'))}">
    <button id="start" data-command="start" class="primary">${t(vscode.l10n.t('Start'))}</button>
    <button id="pause" data-command="pause" class="primary">${t(vscode.l10n.t('Pause'))}</button>
    <button id="resume" data-command="resume" class="primary">${t(vscode.l10n.t('Resume'))}</button>
    <button id="previous" data-command="previous" title="${t(vscode.l10n.t('Back to the previous step (←)'))}">${t(vscode.l10n.t('Back'))}</button>
    <button id="skip" data-command="skip" title="${t(vscode.l10n.t('Skip to the next step (→)'))}">${t(vscode.l10n.t('Skip'))}</button>
    <button id="extend" data-command="extend" title="${t(vscode.l10n.t('Add 15 seconds to this step'))}">${t(vscode.l10n.t('+15 s'))}</button>
    <button id="stop" data-command="stop">${t(vscode.l10n.t('Stop'))}</button>
  </div>
  <section id="check-in" class="check-in" hidden>
    <h2 id="check-in-question"></h2>
    <div id="check-in-answers" class="controls" role="group" aria-labelledby="check-in-question"></div>
    <p id="check-in-answer" class="note"></p>
  </section>
  <p id="caption" class="caption" aria-live="polite"></p>
  <p class="keys">${t(vscode.l10n.t('Keys: Space pauses or resumes, → skips, ← goes back.'))}</p>
</main>`;
  return webviewPage(webview, extensionUri, { title: vscode.l10n.t('Warm-Up'), script: 'webview.js', style: 'panel.css', body });
}
