/**
 * The web-standard globals the extension side uses. They exist in every extension host (Node, the browser's web
 * worker), so declaring them here, rather than pulling in Node's or the DOM's types, keeps `process`, `Buffer`,
 * `require` and `document` out of reach of the compiler.
 */

type TimerHandle = { readonly __timerHandle: unique symbol };

declare function setTimeout(callback: () => void, ms?: number): TimerHandle;
declare function clearTimeout(handle: TimerHandle | undefined): void;

declare const crypto: {
  getRandomValues<T extends Uint8Array>(array: T): T;
};

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  decode(input?: Uint8Array): string;
}
