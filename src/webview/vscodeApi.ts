/** The part of the webview API the panels use; `postMessage` takes only what the host's protocol accepts. */
export interface WebviewApi<Message> {
  postMessage(message: Message): void;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): WebviewApi<unknown>;

/** The webview API, typed with what this page may send. Call once per page, as VS Code allows. */
export function vscodeApi<Message>(): WebviewApi<Message> {
  return acquireVsCodeApi() as WebviewApi<Message>;
}
