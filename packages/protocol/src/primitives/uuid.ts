/**
 * Kafka's Uuid as a string in Kafka's own text form: the 16 bytes in URL-safe base64 without
 * padding (22 characters), as `Uuid.toString()` prints topic ids. The all-zero uuid is
 * `ZERO_UUID`.
 */
export const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

export function uuidFromBytes(buf: Buffer, at: number): string {
  return buf.toString('base64url', at, at + 16);
}

/**
 * 22 base64url characters whose last one carries only 2 bits (the 4 bits past 128 are zero), so
 * that every accepted text names exactly one uuid and decodes back to itself.
 */
const UUID_TEXT = /^[A-Za-z0-9_-]{21}[AQgw]$/;

/** Whether `text` is a uuid in Kafka's text form (the form uuidFromBytes returns). */
export function isUuid(text: string): boolean {
  return UUID_TEXT.test(text);
}

/** Writes a uuid's 16 bytes at `at`. Throws if the string is not a uuid in Kafka's text form. */
export function uuidToBytes(uuid: string, buf: Buffer, at: number): void {
  if (!UUID_TEXT.test(uuid)) throw new RangeError(`not a Kafka uuid: ${JSON.stringify(uuid)}`);
  const written = buf.write(uuid, at, 16, 'base64url');
  if (written !== 16) throw new RangeError(`not a Kafka uuid: ${JSON.stringify(uuid)}`);
}

/** A random version-4 uuid in Kafka's text form (the caller supplies the 16 random bytes). */
export function uuidFromRandom(bytes: Buffer): string {
  const copy = Buffer.from(bytes.subarray(0, 16));
  copy[6] = (copy[6]! & 0x0f) | 0x40;
  copy[8] = (copy[8]! & 0x3f) | 0x80;
  return copy.toString('base64url');
}
