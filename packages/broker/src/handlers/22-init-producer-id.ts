import { ErrorCode } from '@gregor/protocol';
import { defineHandler } from './handler.js';

/**
 * InitProducerId for idempotent producers (KIP-98; KIP-360 for v3+): a producer without a
 * transactional id gets a fresh producer id with epoch 0 (a producer that already has one and
 * asks again, after UNKNOWN_PRODUCER_ID or OUT_OF_ORDER_SEQUENCE_NUMBER, also gets a fresh id, as
 * Kafka's broker does for non-transactional producers). Transactional ids need the transaction
 * coordinator, which Gregor does not have yet: they get INVALID_REQUEST rather than a retry loop.
 */
export const initProducerIdHandler = defineHandler({
  apiKey: 22,
  minVersion: 0,
  maxVersion: 5,
  async handle(request, ctx) {
    if (request.transactionalId !== null) {
      ctx.log.warn({ transactionalId: request.transactionalId }, 'transactional producers are not supported yet');
      return { throttleTimeMs: 0, errorCode: ErrorCode.INVALID_REQUEST, producerId: -1n, producerEpoch: -1 };
    }
    try {
      const producerId = await ctx.services.producerIds.nextProducerId();
      return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, producerId: BigInt(producerId), producerEpoch: 0 };
    } catch (err) {
      ctx.log.warn({ err: (err as Error).message }, 'could not allocate a producer id block');
      return { throttleTimeMs: 0, errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, producerId: -1n, producerEpoch: -1 };
    }
  },
});
