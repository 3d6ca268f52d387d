/**
 * Outside text (settings, storage, command arguments, webview messages) shown in a notification, a quick pick or a
 * log line, made inert: VS Code renders `[label](command:…)` in a notification as a link that runs the command, and
 * `$(name)` in notifications and quick picks as an icon, and a line break in a log line forges another line. A space
 * goes between `]` and `(`, and between `$` and `(`, so neither syntax survives anywhere, while the runner still
 * reads the value as written and can find it in their settings; line breaks and other control characters become
 * spaces; a long value is cut at `max` characters.
 */
export function plainText(text: string, max = 80): string {
  const inert = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\]\s*\(/g, '] (')
    .replace(/\$\s*\(/g, '$ (');
  return inert.length > max ? `${inert.slice(0, max - 1)}…` : inert;
}

/** Any outside value as short, inert text: JSON for data, so a string shows its quotes. */
export function plainValue(value: unknown, max = 80): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return plainText(text, max);
}

/** Why something failed, as short inert text: an error's message, or the thrown value itself. */
export function plainReason(error: unknown, max = 300): string {
  return error instanceof Error ? plainText(error.message, max) : plainValue(error, max);
}

/** The `never` default of an exhaustive switch: the compiler fails when a case is missing. */
export function unreachable(value: never): never {
  throw new Error(`Unexpected value: ${plainValue(value)}`);
}
