/**
 * A broken invariant is a bug: stop rather than continue with corrupt state (STYLE.md principle 8,
 * etcd raft's Panicf). Assertions stay on in production.
 */
export class RaftInvariantError extends Error {
  override readonly name = 'RaftInvariantError';
}

export function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new RaftInvariantError(message);
}

export function unreachable(x: never): never {
  throw new RaftInvariantError(`unreachable: ${JSON.stringify(x)}`);
}
