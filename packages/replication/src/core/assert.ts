/**
 * A broken invariant is a bug: stop rather than continue with corrupt replication state
 * (STYLE.md principle 8). Assertions stay on in production. Expected outcomes (a sequence gap,
 * a fenced epoch) are return values carrying Kafka's error codes, never exceptions.
 */
export class ReplicationInvariantError extends Error {
  override readonly name = 'ReplicationInvariantError';
}

export function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ReplicationInvariantError(message);
}
