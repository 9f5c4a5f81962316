// Goal: directory and file names follow Kafka's conventions and checkpoint files parse only when
// well formed. Method: round trips with fast-check, and malformed inputs one by one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CheckpointFormatError, formatCheckpoint, parseCheckpoint, parseOffsetField } from './checkpoint-file.js';
import { parsePartitionDirName, parseSegmentFileName, partitionDirName, segmentFileStem } from './names.js';

describe('names', () => {
  it('round-trips partition directory names, dashes in topics included', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z0-9._-]{1,249}$/), fc.integer({ min: 0, max: 0x7fffffff }), (topic, partition) => {
        expect(parsePartitionDirName(partitionDirName(topic, partition))).toEqual({ topic, partition });
      }),
    );
  });

  it('rejects names that are not partition directories', () => {
    for (const name of ['orders', 'orders-', '-3', 'orders-01', 'orders-x', 'orders-3.abc-delete', 'or ders-1', 'orders-99999999999']) {
      expect(parsePartitionDirName(name)).toBeNull();
    }
    expect(() => partitionDirName('bad topic', 0)).toThrow(RangeError);
    expect(() => partitionDirName('t', -1)).toThrow(RangeError);
  });

  it('names segments by 20-digit base offset', () => {
    expect(segmentFileStem(42)).toBe('00000000000000000042');
    expect(parseSegmentFileName('00000000000000000042.log', '.log')).toBe(42);
    expect(parseSegmentFileName('00000000000000000042.index', '.log')).toBeNull();
    expect(parseSegmentFileName('42.log', '.log')).toBeNull();
  });
});

describe('checkpoint files', () => {
  it("round-trips Kafka's version/count/entries format", () => {
    expect(formatCheckpoint(['0 0', '3 1200']).toString()).toBe('0\n2\n0 0\n3 1200\n');
    expect(parseCheckpoint(formatCheckpoint(['0 0', '3 1200']))).toEqual(['0 0', '3 1200']);
    expect(parseCheckpoint(formatCheckpoint([]))).toEqual([]);
  });

  it('rejects torn or malformed checkpoints', () => {
    for (const text of ['', '0\n2\n1 0\n', '1\n0\n', '0\n1\n5', 'x\n0\n']) {
      expect(() => parseCheckpoint(Buffer.from(text))).toThrow(CheckpointFormatError);
    }
    for (const field of ['-1', '1e3', ' 1', '01', '', '9007199254740993']) {
      expect(() => parseOffsetField(field)).toThrow(CheckpointFormatError);
    }
  });
});
