import { DecodeError } from '../primitives/index.js';
import { encodeRecordBatch } from './batch.js';
import type { KafkaRecord } from './record.js';

/**
 * Control records (KIP-98): the single record of a control batch (attribute bit 5). Its key is
 * [version int16 = 0][type int16]; for transaction markers its value is
 * [version int16 = 0][coordinatorEpoch int32] (Kafka's ControlRecordType and
 * EndTransactionMarker). Readers accept higher key/value versions, ignoring trailing bytes,
 * as Kafka's parsers do.
 */
export const ControlRecordType = {
  abort: 0,
  commit: 1,
  /** KRaft: the leader of the metadata log changed (KIP-595). */
  leaderChange: 2,
  snapshotHeader: 3,
  snapshotFooter: 4,
  kraftVersion: 5,
  kraftVoters: 6,
} as const;
export type ControlRecordType = (typeof ControlRecordType)[keyof typeof ControlRecordType];

const CONTROL_KEY_VERSION = 0;
const END_TXN_MARKER_VERSION = 0;
export const CONTROL_KEY_BYTES = 4;
export const END_TXN_MARKER_VALUE_BYTES = 6;

export function encodeControlRecordKey(type: ControlRecordType): Buffer {
  const key = Buffer.allocUnsafe(CONTROL_KEY_BYTES);
  key.writeInt16BE(CONTROL_KEY_VERSION, 0);
  key.writeInt16BE(type, 2);
  return key;
}

export function decodeControlRecordKey(key: Buffer | null): { version: number; type: number } {
  if (key === null || key.length < CONTROL_KEY_BYTES) {
    throw new DecodeError(`control record key needs ${CONTROL_KEY_BYTES} bytes, got ${key === null ? 'null' : key.length}`);
  }
  const version = key.readInt16BE(0);
  if (version < 0) throw new DecodeError(`invalid control record key version ${version}`);
  return { version, type: key.readInt16BE(2) };
}

export function encodeEndTxnMarkerValue(coordinatorEpoch: number): Buffer {
  const value = Buffer.allocUnsafe(END_TXN_MARKER_VALUE_BYTES);
  value.writeInt16BE(END_TXN_MARKER_VERSION, 0);
  value.writeInt32BE(coordinatorEpoch, 2);
  return value;
}

export function decodeEndTxnMarkerValue(value: Buffer | null): { version: number; coordinatorEpoch: number } {
  if (value === null || value.length < END_TXN_MARKER_VALUE_BYTES) {
    throw new DecodeError(
      `transaction marker value needs ${END_TXN_MARKER_VALUE_BYTES} bytes, got ${value === null ? 'null' : value.length}`,
    );
  }
  const version = value.readInt16BE(0);
  if (version < 0) throw new DecodeError(`invalid transaction marker version ${version}`);
  return { version, coordinatorEpoch: value.readInt32BE(2) };
}

export interface EndTxnMarkerInput {
  type: typeof ControlRecordType.commit | typeof ControlRecordType.abort;
  producerId: bigint | number;
  producerEpoch: number;
  coordinatorEpoch: number;
  /** The marker's timestamp (ms); the coordinator's clock. */
  timestamp: number;
  baseOffset?: number;
  partitionLeaderEpoch?: number;
}

/**
 * A transaction marker batch as the partition leader writes it for WriteTxnMarkers (Kafka's
 * MemoryRecords.withEndTransactionMarker): transactional + control, uncompressed, one record,
 * baseSequence -1.
 */
export function encodeEndTxnMarkerBatch(input: EndTxnMarkerInput): Buffer {
  return encodeRecordBatch({
    baseOffset: input.baseOffset ?? 0,
    partitionLeaderEpoch: input.partitionLeaderEpoch ?? -1,
    isTransactional: true,
    isControl: true,
    producerId: input.producerId,
    producerEpoch: input.producerEpoch,
    baseSequence: -1,
    records: [
      {
        timestamp: input.timestamp,
        key: encodeControlRecordKey(input.type),
        value: encodeEndTxnMarkerValue(input.coordinatorEpoch),
      },
    ],
  });
}

export interface EndTxnMarker {
  type: typeof ControlRecordType.commit | typeof ControlRecordType.abort;
  coordinatorEpoch: number;
}

/**
 * Reads a decoded control record as a transaction marker; null for other control types
 * (KRaft's leader-change and snapshot records), which consumers skip.
 */
export function readEndTxnMarker(record: KafkaRecord): EndTxnMarker | null {
  const { type } = decodeControlRecordKey(record.key);
  if (type !== ControlRecordType.commit && type !== ControlRecordType.abort) return null;
  return { type, coordinatorEpoch: decodeEndTxnMarkerValue(record.value).coordinatorEpoch };
}
