/**
 * Structural equality of decoded message values: numbers, bigints, strings, booleans, null,
 * Buffers (by content), arrays and plain objects, where a property holding undefined counts as
 * absent (an unset tagged field). Encoders use it to tell whether a struct still holds its
 * default; tests use it to compare a decoded message with the one encoded.
 */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // NaN is the only value not equal to itself; a float64 NaN round-trips as NaN.
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    return a instanceof Uint8Array && b instanceof Uint8Array && Buffer.compare(a, b) === 0;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!isSameValue(a[i], b[i])) return false;
    return true;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  for (const key of Object.keys(ao)) {
    if (ao[key] !== undefined && !isSameValue(ao[key], bo[key])) return false;
  }
  for (const key of Object.keys(bo)) {
    if (bo[key] !== undefined && ao[key] === undefined) return false;
  }
  return true;
}
