/** A message as a plain record with its own keys (sorted, comma-joined), or undefined when it is not an object. */
export function asRecord(raw: unknown): { readonly keys: string; readonly message: Record<string, unknown> } | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return undefined;
  }
  // Only own keys count: nothing is read through the prototype chain.
  return { keys: Object.keys(raw).sort().join(','), message: raw as Record<string, unknown> };
}
