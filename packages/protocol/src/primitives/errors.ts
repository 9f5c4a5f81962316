/**
 * Thrown by every decoder when the input is not a valid encoding: a length that runs past the
 * end of the frame, a negative length that is not the null marker, a varint longer than its type
 * allows. Decoders throw nothing else for bad input, so a handler can map any DecodeError to a
 * closed connection or CORRUPT_MESSAGE without guessing.
 */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
}

/**
 * Thrown by an encoder when a message cannot be written in the version asked: null in a field
 * that is not nullable in that version, or a non-default value in a field the version lacks and
 * that the spec does not mark "ignorable" (Kafka throws UnsupportedVersionException there rather
 * than drop information silently). A RangeError, like the Writer's own value-range errors.
 */
export class EncodeError extends RangeError {
  override readonly name = 'EncodeError';
}
