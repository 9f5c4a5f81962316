// Goal: the offset map answers exactly like a JavaScript Map from key bytes to their latest
// offset, within its fixed memory, whatever the keys (shared prefixes, colliding slots, empty
// keys). Method: fast-check drives random puts against a Map model on maps small enough that
// probing chains and the capacity checks are exercised.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OffsetMap, hashKey } from './offset-map.js';

describe('OffsetMap', () => {
  it('agrees with a Map model for any sequence of puts, and reports when it is full', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.uint8Array({ minLength: 0, maxLength: 40 }), fc.nat(3)), { maxLength: 300 }),
        fc.constantFrom(8, 64, 512),
        fc.integer({ min: 16, max: 4096 }),
        (puts, slots, arenaBytes) => {
          const map = new OffsetMap({ slots, arenaBytes });
          const model = new Map<string, number>();
          let offset = 0;
          for (const [key, step] of puts) {
            offset += step;
            const name = Buffer.from(key).toString('hex');
            if (!model.has(name) && !map.canFit(1, key.length)) {
              expect(map.size).toBe(model.size);
              continue;
            }
            map.put(key, offset);
            model.set(name, offset);
            expect(map.size).toBe(model.size);
            expect(map.size).toBeLessThanOrEqual(map.entriesMax);
          }
          for (const [name, latest] of model) expect(map.get(Buffer.from(name, 'hex'))).toBe(latest);
          expect(map.get(Buffer.from('never-put-this-key'))).toBe(-1);
          map.clear();
          expect(map.size).toBe(0);
          for (const name of model.keys()) expect(map.get(Buffer.from(name, 'hex'))).toBe(-1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('tells apart keys whose hashes collide', () => {
    // Keys landing in the same slot of a 4-slot table share the low two hash bits.
    const map = new OffsetMap({ slots: 4, arenaBytes: 1024 });
    const keys: Buffer[] = [];
    for (let i = 0; keys.length < 3; i++) {
      const key = Buffer.from(`k${i}`);
      if ((hashKey(key) & 3) === 0) keys.push(key);
    }
    keys.forEach((key, i) => map.put(key, 10 + i));
    keys.forEach((key, i) => expect(map.get(key)).toBe(10 + i));
    expect(map.canFit(1, 1)).toBe(false); // 3 of 4 slots: the 0.75 load factor is reached
  });

  it('refuses an offset that moves a key backwards', () => {
    const map = new OffsetMap({ slots: 8, arenaBytes: 64 });
    map.put(Buffer.from('a'), 5);
    expect(() => map.put(Buffer.from('a'), 4)).toThrow(/already at 5/);
  });
});
