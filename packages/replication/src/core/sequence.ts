/**
 * Producer sequence numbers are int32 and wrap from 2^31 - 1 back to 0 (KIP-98; Kafka's
 * `DefaultRecordBatch.incrementSequence`), so a long-lived producer's
 * batch may span the wrap: baseSequence 2147483646 with three records ends at sequence 0.
 */

export const SEQUENCE_MAX = 2_147_483_647;

/** Kafka's RecordBatch.NO_SEQUENCE: the batch carries no sequence (not idempotent). */
export const NO_SEQUENCE = -1;

/** `sequence + increment`, wrapping past SEQUENCE_MAX to 0. */
export function incrementSequence(sequence: number, increment: number): number {
  if (sequence > SEQUENCE_MAX - increment) return increment - (SEQUENCE_MAX - sequence) - 1;
  return sequence + increment;
}

/**
 * The sequence of a batch's last record: baseSequence + lastOffsetDelta with wrap-around
 * (Kafka's `DefaultRecordBatch.lastSequence`). A batch without a sequence stays NO_SEQUENCE.
 */
export function lastSequenceOf(baseSequence: number, lastOffsetDelta: number): number {
  if (baseSequence === NO_SEQUENCE) return NO_SEQUENCE;
  return incrementSequence(baseSequence, lastOffsetDelta);
}

/** True when `next` directly follows `last` (Kafka's ProducerAppendInfo.inSequence). */
export function isNextSequence(last: number, next: number): boolean {
  return next === last + 1 || (next === 0 && last === SEQUENCE_MAX);
}
