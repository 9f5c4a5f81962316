/**
 * A broken invariant is a bug: stop rather than continue with a corrupt metadata image (STYLE.md
 * principle 8). Replaying a committed record that does not fit the image is such a bug: every
 * node would hit it at the same offset, exactly as KRaft's replay throws.
 */
export class ControllerInvariantError extends Error {
  override readonly name = 'ControllerInvariantError';
}

export function assert(condition: boolean, message: string | (() => string)): asserts condition {
  if (!condition) throw new ControllerInvariantError(typeof message === 'string' ? message : message());
}

export function unreachable(x: never): never {
  throw new ControllerInvariantError(`unreachable: ${JSON.stringify(x)}`);
}
