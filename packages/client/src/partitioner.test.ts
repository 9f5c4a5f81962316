// Goal: keyed records land on exactly the partition Kafka's Java producer picks, and unkeyed
// records stick to one partition for batch.size bytes, then move. Method: murmur2 against the
// vectors of Kafka's own UtilsTest.testMurmur2; the sticky partitioner with a scripted random.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { murmur2, partitionForKey, StickyPartitioner, toPositive } from './partitioner.js';

const bytes = (s: string): Buffer => Buffer.from(s, 'utf8');

describe('murmur2', () => {
  // org.apache.kafka.common.utils.UtilsTest#testMurmur2
  it.each([
    ['21', -973932308],
    ['foobar', -790332482],
    ['a-little-bit-long-string', -985981536],
    ['a-little-bit-longer-string', -1486304829],
    ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
    ['abc', 479470107],
  ])('hashes %j to %i like Kafka\'s Utils.murmur2', (input, expected) => {
    expect(murmur2(bytes(input))).toBe(expected);
  });

  it('hashes every tail length (0-3 trailing bytes) as the Java client does', () => {
    // Values produced by Kafka's Utils.murmur2, as pinned by Akka's Kafka-compatible sharding tests.
    expect(murmur2(bytes('1'))).toBe(-1993445489);
    expect(murmur2(bytes('12'))).toBe(126087238);
    expect(murmur2(bytes('123'))).toBe(-267702483);
    expect(murmur2(bytes('1234'))).toBe(-1614185708);
    expect(murmur2(bytes('12345'))).toBe(-1188365604);
  });

  it('agrees with a straightforward BigInt transcription of the Java code on random bytes', () => {
    // Java's int arithmetic, modulo 2^32, with bytes masked by 0xff; independent of Math.imul.
    const M = 0x5bd1e995n;
    const u32 = (x: bigint): bigint => BigInt.asUintN(32, x);
    const reference = (data: Uint8Array): number => {
      let h = u32(0x9747b28cn ^ BigInt(data.length));
      const length4 = data.length - (data.length % 4);
      for (let i = 0; i < length4; i += 4) {
        let k = BigInt(data[i]!) | (BigInt(data[i + 1]!) << 8n) | (BigInt(data[i + 2]!) << 16n) | (BigInt(data[i + 3]!) << 24n);
        k = u32(k * M);
        k ^= k >> 24n;
        k = u32(k * M);
        h = u32(h * M) ^ k;
      }
      const tail = data.length % 4;
      if (tail >= 3) h ^= BigInt(data[length4 + 2]!) << 16n;
      if (tail >= 2) h ^= BigInt(data[length4 + 1]!) << 8n;
      if (tail >= 1) h = u32((h ^ BigInt(data[length4]!)) * M);
      h ^= h >> 13n;
      h = u32(h * M);
      h ^= h >> 15n;
      return Number(BigInt.asIntN(32, h));
    };
    expect(reference(bytes('foobar'))).toBe(-790332482);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (data) => murmur2(data) === reference(data)));
  });

  it('clears the sign bit with toPositive rather than taking the absolute value', () => {
    expect(toPositive(-2147483648)).toBe(0);
    expect(toPositive(-1)).toBe(2147483647);
    expect(toPositive(-790332482)).toBe(1357151166);
  });

  it('maps a key to toPositive(murmur2(key)) % partitions', () => {
    expect(partitionForKey(bytes('foobar'), 10)).toBe(6);
    expect(partitionForKey(bytes('foobar'), 50)).toBe(16);
    expect(partitionForKey(bytes('foobar'), 1)).toBe(0);
  });
});

describe('StickyPartitioner', () => {
  it('keeps a partition until batch.size bytes were appended to it, then picks another', () => {
    const picks = [0.5, 0.0, 0.99];
    const sticky = new StickyPartitioner(100, () => picks.shift() ?? 0);
    const first = sticky.partition('t', 4);
    expect(first).toBe(2); // floor(0.5 * 3) over candidates [0,1,2,3] minus none -> index 2 of [0,1,2,3]
    sticky.onAppend('t', first, 60, 4);
    expect(sticky.partition('t', 4)).toBe(first);
    sticky.onAppend('t', first, 40, 4);
    const second = sticky.partition('t', 4);
    expect(second).not.toBe(first);
    expect(second).toBe(0);
  });

  it('skips partitions without a leader and re-picks when the current one loses it', () => {
    const sticky = new StickyPartitioner(100, () => 0);
    const available = new Set([2, 3]);
    expect(sticky.partition('t', 4, (p) => available.has(p))).toBe(2);
    available.delete(2);
    expect(sticky.partition('t', 4, (p) => available.has(p))).toBe(3);
  });

  it('uses partition 0 of a single-partition topic and keeps topics apart', () => {
    const sticky = new StickyPartitioner(10, () => 0.7);
    expect(sticky.partition('one', 1)).toBe(0);
    sticky.onAppend('one', 0, 50, 1);
    expect(sticky.partition('one', 1)).toBe(0);
    expect(sticky.partition('other', 10)).toBe(7);
  });
});
