/**
 * Thrown by every decoder when the input is not a valid encoding: a length that runs past the
 * end of the frame, a negative length that is not the null marker, a varint longer than its type
 * allows. Decoders throw nothing else for bad input, so a handler can map any DecodeError to a
 * closed connection or CORRUPT_MESSAGE without guessing.
 */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
}
