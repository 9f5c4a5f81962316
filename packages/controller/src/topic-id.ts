/**
 * Random topic ids in Kafka's text form (a version-4 uuid's 16 bytes as unpadded base64url, as
 * `Uuid.randomUuid().toString()` prints them), drawn from an injected random source so the
 * controller stays deterministic under the simulator. Like Kafka, it never returns the zero uuid,
 * the metadata topic's id (Uuid.ONE_UUID), or an id starting with '-' (command-line tools would
 * read it as an option).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export const ONE_UUID = 'AAAAAAAAAAAAAAAAAAAAAQ';
const ZERO = 'AAAAAAAAAAAAAAAAAAAAAA';

export interface IdRandom {
  nextInt(bound: number): number;
}

export function base64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[(n >>> 18) & 63]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[(n >>> 18) & 63]! + ALPHABET[(n >>> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[(n >>> 18) & 63]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]!;
  }
  return out;
}

export function randomUuid(random: IdRandom): string {
  for (;;) {
    const bytes = new Uint8Array(16);
    for (let i = 0; i < 16; i++) bytes[i] = random.nextInt(256);
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const id = base64url(bytes);
    if (id !== ZERO && id !== ONE_UUID && !id.startsWith('-')) return id;
  }
}
