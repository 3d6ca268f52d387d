/**
 * Messages for the read-mostly "info" panels (heart-rate zones, legs check-in, history).
 * The host sends a whole document; the webview renders it with textContent only and reports clicks.
 */

import { asRecord } from './guard';

/** One piece of an info document. Every string is already localised by the host. */
export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly tone?: 'note' | 'warning' }
  | { readonly kind: 'list'; readonly items: readonly string[]; readonly ordered?: boolean }
  | { readonly kind: 'stats'; readonly items: readonly { readonly label: string; readonly value: string }[] }
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly head: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** Index of a row to emphasise (e.g. zone 2). */
      readonly highlight?: number;
    }
  | { readonly kind: 'bars'; readonly caption: string; readonly bars: readonly { readonly label: string; readonly value: number }[] }
  | { readonly kind: 'actions'; readonly label: string; readonly actions: readonly { readonly id: string; readonly label: string }[] };

export interface InfoDocument {
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface DocumentMessage {
  readonly type: 'document';
  readonly document: InfoDocument;
}

export type ToInfoWebview = DocumentMessage;

export interface InfoReadyMessage {
  readonly type: 'ready';
}

/** A button of an `actions` block was clicked. */
export interface InfoActionMessage {
  readonly type: 'action';
  readonly id: string;
}

export type FromInfoWebview = InfoReadyMessage | InfoActionMessage;

/** Checks a message from the info webview; undefined for anything outside the protocol. */
export function parseFromInfoWebview(raw: unknown): FromInfoWebview | undefined {
  const record = asRecord(raw);
  if (!record) {
    return undefined;
  }
  const { keys, message } = record;
  if (keys === 'type' && message.type === 'ready') {
    return { type: 'ready' };
  }
  if (keys === 'id,type' && message.type === 'action' && typeof message.id === 'string' && /^[a-zA-Z][\w.-]{0,40}$/.test(message.id)) {
    return { type: 'action', id: message.id };
  }
  return undefined;
}
