// Goal: the persistent map behaves exactly like a Map under any sequence of sets and deletes,
// never changes an older version, and its diff reports exactly the keys whose values differ.
// Method: fast-check model tests against the built-in Map, including keys forced to collide.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashKey, PMap } from './pmap.js';

type Op = { kind: 'set'; key: string | number; value: number } | { kind: 'delete'; key: string | number };

const keyArb = fc.oneof(fc.integer({ min: -5, max: 300 }), fc.string({ maxLength: 3 }), fc.constantFrom('Aa', 'BB'));
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key: keyArb, value: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ kind: fc.constant('delete' as const), key: keyArb }),
);

function applyOps(ops: readonly Op[]): { versions: PMap<string | number, number>[]; models: Map<string | number, number>[] } {
  let m = PMap.empty<string | number, number>();
  const model = new Map<string | number, number>();
  const versions = [m];
  const models = [new Map(model)];
  for (const op of ops) {
    if (op.kind === 'set') {
      m = m.set(op.key, op.value);
      model.set(op.key, op.value);
    } else {
      m = m.delete(op.key);
      model.delete(op.key);
    }
    versions.push(m);
    models.push(new Map(model));
  }
  return { versions, models };
}

function sameAsModel(m: PMap<string | number, number>, model: Map<string | number, number>): void {
  expect(m.size).toBe(model.size);
  expect(new Map(m)).toEqual(model);
  for (const [k, v] of model) expect(m.get(k)).toBe(v);
}

describe('PMap', () => {
  it('matches a Map after every operation, and old versions never change', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 400 }), (ops) => {
        const { versions, models } = applyOps(ops);
        for (let i = 0; i < versions.length; i++) sameAsModel(versions[i]!, models[i]!);
      }),
      { numRuns: 150 },
    );
  });

  it('diff lists exactly the keys whose values differ between any two versions', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 200 }), fc.nat(), fc.nat(), (ops, i, j) => {
        const { versions, models } = applyOps(ops);
        const a = i % versions.length;
        const b = j % versions.length;
        const seen = new Map<string | number, [number | undefined, number | undefined]>();
        versions[a]!.diff(versions[b]!, (k, before, after) => {
          expect(seen.has(k)).toBe(false);
          seen.set(k, [before, after]);
        });
        const expected = new Map<string | number, [number | undefined, number | undefined]>();
        const ma = models[a]!;
        const mb = models[b]!;
        for (const k of new Set([...ma.keys(), ...mb.keys()])) {
          if (ma.get(k) !== mb.get(k)) expected.set(k, [ma.get(k), mb.get(k)]);
        }
        expect(seen).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps keys with equal hashes apart', () => {
    // Birthday search for strings whose 32-bit hashes collide, then a model test over them.
    const byHash = new Map<number, string>();
    const colliding: string[] = [];
    for (let i = 0; colliding.length < 6; i++) {
      const key = `k${i}`;
      const h = hashKey(key);
      const other = byHash.get(h);
      if (other !== undefined) colliding.push(other, key);
      else byHash.set(h, key);
    }
    expect(hashKey(colliding[0]!)).toBe(hashKey(colliding[1]!));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.record({ kind: fc.constant('set' as const), key: fc.constantFrom(...colliding), value: fc.nat(3) }), fc.record({ kind: fc.constant('delete' as const), key: fc.constantFrom(...colliding) })), { maxLength: 60 }),
        (ops) => {
          const { versions, models } = applyOps(ops);
          for (let i = 0; i < versions.length; i++) sameAsModel(versions[i]!, models[i]!);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('shares unchanged structure', () => {
    let m = PMap.empty<number, string>();
    for (let i = 0; i < 5000; i++) m = m.set(i, `v${i}`);
    expect(m.size).toBe(5000);
    expect(m.set(42, 'v42')).toBe(m);
    const m2 = m.set(42, 'changed');
    const changed: number[] = [];
    m.diff(m2, (k) => changed.push(k));
    expect(changed).toEqual([42]);
    let d = m;
    for (let i = 0; i < 5000; i += 2) d = d.delete(i);
    expect(d.size).toBe(2500);
    expect(d.get(3)).toBe('v3');
    expect(d.get(4)).toBeUndefined();
    expect(m.sortedKeys().slice(0, 3)).toEqual([0, 1, 2]);
  });
});
