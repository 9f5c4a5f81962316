/**
 * Deliberately broken behaviour, for proving that the chaos suite's checker catches what it
 * claims to catch (issue 7: "run it against a deliberately broken build"). Never set in
 * production: the broker logs a warning at start when it is.
 *
 * GREGOR_UNSAFE_ACK_BEFORE_REPLICATION=1: acks=all is answered right after the leader's append,
 * before the followers have the batch, so losing the leader loses acknowledged writes.
 */
export const UNSAFE_ACK_BEFORE_REPLICATION = process.env['GREGOR_UNSAFE_ACK_BEFORE_REPLICATION'] === '1';
