/** A short, single-line rendering of something untrusted (a dropped webview message), for a log line. */
export function describeUntrusted(raw: unknown, max = 200): string {
  let text: string;
  try {
    text = JSON.stringify(raw) ?? String(raw);
  } catch {
    text = Object.prototype.toString.call(raw);
  }
  const line = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  return line.length > max ? `${line.slice(0, max)}...` : line;
}

/** The `never` default of an exhaustive switch: the compiler fails when a case is missing. */
export function unreachable(value: never): never {
  throw new Error(`Unexpected value: ${describeUntrusted(value)}`);
}
