import { ErrorCode, KafkaError } from '@gregor/protocol';

/**
 * Errors the client raises besides KafkaError (an error code in a response). Network-level
 * failures are retriable, as Kafka's NetworkException and TimeoutException are: the request may
 * or may not have reached the broker.
 */

/** The connection could not be opened, or it closed while requests were waiting. */
export class ConnectionError extends Error {
  readonly retriable = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    Object.defineProperty(this, 'name', { value: 'ConnectionError' });
  }
}

/** No response within request.timeout.ms; the connection was dropped (as Kafka's NetworkClient does). */
export class RequestTimeoutError extends Error {
  readonly retriable = true;
  constructor(message: string) {
    super(message);
    Object.defineProperty(this, 'name', { value: 'RequestTimeoutError' });
  }
}

/** The broker does not serve any version of an API that this client can speak. */
export class UnsupportedVersionError extends KafkaError {
  constructor(detail: string) {
    super(ErrorCode.UNSUPPORTED_VERSION, detail);
  }
}

/** An operation on a client, producer or consumer that was closed. */
export class ClientClosedError extends Error {
  readonly retriable = false;
  constructor(what: string) {
    super(`${what} is closed`);
    Object.defineProperty(this, 'name', { value: 'ClientClosedError' });
  }
}

/** A wait bounded by a client-side deadline expired (max.block.ms, delivery.timeout.ms). */
export class ClientTimeoutError extends Error {
  readonly retriable = false;
  constructor(message: string) {
    super(message);
    Object.defineProperty(this, 'name', { value: 'ClientTimeoutError' });
  }
}

/** True for errors worth retrying after a metadata refresh and a backoff. */
export function isRetriable(error: unknown): boolean {
  if (error instanceof KafkaError) return error.retriable;
  return error instanceof ConnectionError || error instanceof RequestTimeoutError;
}

/** Error codes after which cached leadership is stale and metadata must be refreshed. */
export function isStaleMetadataCode(code: number): boolean {
  return (
    code === ErrorCode.NOT_LEADER_OR_FOLLOWER ||
    code === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION ||
    code === ErrorCode.LEADER_NOT_AVAILABLE ||
    code === ErrorCode.FENCED_LEADER_EPOCH ||
    code === ErrorCode.UNKNOWN_LEADER_EPOCH ||
    code === ErrorCode.NOT_CONTROLLER ||
    code === ErrorCode.KAFKA_STORAGE_ERROR ||
    code === ErrorCode.REPLICA_NOT_AVAILABLE ||
    code === ErrorCode.UNKNOWN_TOPIC_ID
  );
}
