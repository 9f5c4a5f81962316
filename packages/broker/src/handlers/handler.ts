import type { RequestByKey, ResponseByKey } from '@gregor/protocol';
import type { Logger } from 'pino';
import type { BrokerServices } from '../services/broker-services.js';

/** Who sent a request and on which connection. */
export interface RequestContext {
  readonly apiKey: number;
  readonly apiVersion: number;
  readonly correlationId: number;
  readonly clientId: string | null;
  readonly connectionId: number;
  readonly remoteAddress: string;
  readonly listenerName: string;
  readonly services: BrokerServices;
  readonly log: Logger;
  /**
   * Runs `callback` once this request's response has been handed to the socket (written, or
   * dropped with the connection), so memory the response refers to (views of the leader's
   * in-memory tail) can be reused. Absent where no socket writes the response.
   */
  readonly onResponseWritten?: (callback: () => void) => void;
}

/** Returned by a handler when Kafka sends no response at all (Produce with acks=0). */
export const NO_RESPONSE: unique symbol = Symbol('no response');
export type NoResponse = typeof NO_RESPONSE;

/**
 * One Kafka API: the versions we serve (ApiVersions is built from these, so we never claim what
 * we do not serve) and the function that answers a decoded request. Handlers decode nothing
 * themselves, check the request, call services and map results to error codes.
 */
export interface Handler<K extends keyof RequestByKey = keyof RequestByKey> {
  readonly apiKey: K;
  readonly minVersion: number;
  readonly maxVersion: number;
  /**
   * A lower version to advertise in ApiVersions than we serve, for clients that test for a
   * version's presence to detect a feature (librdkafka enables gzip, snappy and lz4 only when
   * Produce v0 is listed; Kafka 4.0 still lists it for that reason, KAFKA-18659). Requests below
   * minVersion still close the connection.
   */
  readonly advertisedMinVersion?: number;
  /**
   * Nothing keeps a view of the request's bytes once handle() has settled, so the connection may
   * reuse the buffer the request frame was assembled in (Produce: its batches are in the log by
   * then). Unset for handlers that keep views (group metadata, for one).
   */
  readonly requestBytesReusable?: boolean;
  handle(
    request: RequestByKey[K],
    ctx: RequestContext,
  ): ResponseByKey[K] | NoResponse | Promise<ResponseByKey[K] | NoResponse>;
}

export function defineHandler<K extends keyof RequestByKey>(handler: Handler<K>): Handler<K> {
  return handler;
}
