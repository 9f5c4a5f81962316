/**
 * A persistent (immutable) hash map: a hash array mapped trie (Bagwell's HAMT, as in Clojure and
 * immutable.js). `set` and `delete` return a new map sharing every untouched subtree with the old
 * one, so a metadata image with 100 000 partitions is updated by one record in O(log32 n) and two
 * images that share history are diffed by skipping the subtrees they share (Kafka's KRaft image
 * gets the same effect from its TimelineHashMap snapshots).
 *
 * Keys are strings or integers. Iteration order is a function of the keys alone (their hashes),
 * so every node iterates the same image in the same order; callers that need a meaningful order
 * sort.
 */
export type PKey = string | number;

const BITS = 5;
const MASK = (1 << BITS) - 1;

class Leaf<K, V> {
  constructor(
    readonly hash: number,
    readonly key: K,
    readonly value: V,
  ) {}
}

class Collision<K, V> {
  constructor(
    readonly hash: number,
    readonly leaves: readonly Leaf<K, V>[],
  ) {}
}

class Branch<K, V> {
  constructor(
    readonly bitmap: number,
    readonly children: readonly Node<K, V>[],
  ) {}
}

type Node<K, V> = Leaf<K, V> | Collision<K, V> | Branch<K, V>;

export function hashKey(key: PKey): number {
  if (typeof key === 'number') {
    // Integers (broker ids, partition ids): a murmur3 finalizer spreads small consecutive values.
    let h = key | 0;
    if (h !== key) h = hashString(String(key));
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  }
  return hashString(key);
}

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function fragment(hash: number, shift: number): number {
  return (hash >>> shift) & MASK;
}

function lookup<K, V>(node: Node<K, V> | null, shift: number, hash: number, key: K): Leaf<K, V> | undefined {
  while (node !== null) {
    if (node instanceof Leaf) return node.hash === hash && node.key === key ? node : undefined;
    if (node instanceof Collision) {
      if (node.hash !== hash) return undefined;
      return node.leaves.find((l) => l.key === key);
    }
    const bit = 1 << fragment(hash, shift);
    if ((node.bitmap & bit) === 0) return undefined;
    node = node.children[popcount(node.bitmap & (bit - 1))]!;
    shift += BITS;
  }
  return undefined;
}

/** Two leaves with different keys under one parent at `shift`: a branch (or collision) holding both. */
function merge<K, V>(a: Leaf<K, V>, b: Leaf<K, V>, shift: number): Node<K, V> {
  // Distinct 32-bit hashes differ in some fragment within 7 levels (shift <= 30), so only equal
  // hashes need a collision node.
  if (a.hash === b.hash) return new Collision(a.hash, [a, b]);
  const fa = fragment(a.hash, shift);
  const fb = fragment(b.hash, shift);
  if (fa === fb) return new Branch(1 << fa, [merge(a, b, shift + BITS)]);
  return new Branch((1 << fa) | (1 << fb), fa < fb ? [a, b] : [b, a]);
}

interface Change {
  sizeDelta: number;
}

function insert<K, V>(node: Node<K, V> | null, shift: number, leaf: Leaf<K, V>, change: Change): Node<K, V> {
  if (node === null) {
    change.sizeDelta = 1;
    return leaf;
  }
  if (node instanceof Leaf) {
    if (node.hash === leaf.hash && node.key === leaf.key) return Object.is(node.value, leaf.value) ? node : leaf;
    change.sizeDelta = 1;
    return merge(node, leaf, shift);
  }
  if (node instanceof Collision) {
    if (node.hash === leaf.hash) {
      const k = node.leaves.findIndex((l) => l.key === leaf.key);
      if (k >= 0) {
        if (Object.is(node.leaves[k]!.value, leaf.value)) return node;
        const leaves = node.leaves.slice();
        leaves[k] = leaf;
        return new Collision(node.hash, leaves);
      }
      change.sizeDelta = 1;
      return new Collision(node.hash, [...node.leaves, leaf]);
    }
    // Different hash: split under a branch at this level.
    change.sizeDelta = 1;
    const fc = fragment(node.hash, shift);
    const fl = fragment(leaf.hash, shift);
    if (fc === fl) return new Branch(1 << fc, [insert(node, shift + BITS, leaf, change)]);
    return new Branch((1 << fc) | (1 << fl), fc < fl ? [node, leaf] : [leaf, node]);
  }
  const bit = 1 << fragment(leaf.hash, shift);
  const idx = popcount(node.bitmap & (bit - 1));
  if ((node.bitmap & bit) === 0) {
    change.sizeDelta = 1;
    const children = node.children.slice();
    children.splice(idx, 0, leaf);
    return new Branch(node.bitmap | bit, children);
  }
  const child = node.children[idx]!;
  const next = insert(child, shift + BITS, leaf, change);
  if (next === child) return node;
  const children = node.children.slice();
  children[idx] = next;
  return new Branch(node.bitmap, children);
}

function remove<K, V>(node: Node<K, V> | null, shift: number, hash: number, key: K, change: Change): Node<K, V> | null {
  if (node === null) return null;
  if (node instanceof Leaf) {
    if (node.hash === hash && node.key === key) {
      change.sizeDelta = -1;
      return null;
    }
    return node;
  }
  if (node instanceof Collision) {
    if (node.hash !== hash) return node;
    const k = node.leaves.findIndex((l) => l.key === key);
    if (k < 0) return node;
    change.sizeDelta = -1;
    const leaves = node.leaves.filter((_, i) => i !== k);
    return leaves.length === 1 ? leaves[0]! : new Collision(node.hash, leaves);
  }
  const bit = 1 << fragment(hash, shift);
  if ((node.bitmap & bit) === 0) return node;
  const idx = popcount(node.bitmap & (bit - 1));
  const child = node.children[idx]!;
  const next = remove(child, shift + BITS, hash, key, change);
  if (next === child) return node;
  if (next === null) {
    const bitmap = node.bitmap & ~bit;
    if (bitmap === 0) return null;
    const children = node.children.filter((_, i) => i !== idx);
    // A branch left with one leaf (or collision) collapses into it, keeping the trie canonical.
    if (children.length === 1 && !(children[0] instanceof Branch)) return children[0]!;
    return new Branch(bitmap, children);
  }
  if (node.children.length === 1 && !(next instanceof Branch)) return next;
  const children = node.children.slice();
  children[idx] = next;
  return new Branch(node.bitmap, children);
}

function* walk<K, V>(node: Node<K, V> | null): Generator<Leaf<K, V>> {
  if (node === null) return;
  if (node instanceof Leaf) {
    yield node;
  } else if (node instanceof Collision) {
    yield* node.leaves;
  } else {
    for (const child of node.children) yield* walk(child);
  }
}

function collect<K, V>(node: Node<K, V> | null, into: Map<K, V>): void {
  for (const leaf of walk(node)) into.set(leaf.key, leaf.value);
}

/**
 * Calls `onChange` for every key whose value differs (by identity) between `a` and `b`, skipping
 * subtrees the two share.
 */
function diffNodes<K, V>(
  a: Node<K, V> | null,
  b: Node<K, V> | null,
  shift: number,
  onChange: (key: K, before: V | undefined, after: V | undefined) => void,
): void {
  if (a === b) return;
  if (a instanceof Branch && b instanceof Branch) {
    const bits = a.bitmap | b.bitmap;
    for (let f = 0; f <= MASK; f++) {
      const bit = 1 << f;
      if ((bits & bit) === 0) continue;
      const ca = (a.bitmap & bit) === 0 ? null : a.children[popcount(a.bitmap & (bit - 1))]!;
      const cb = (b.bitmap & bit) === 0 ? null : b.children[popcount(b.bitmap & (bit - 1))]!;
      diffNodes(ca, cb, shift + BITS, onChange);
    }
    return;
  }
  const before = new Map<K, V>();
  const after = new Map<K, V>();
  collect(a, before);
  collect(b, after);
  for (const [k, v] of before) {
    const w = after.get(k);
    if (w === undefined && !after.has(k)) onChange(k, v, undefined);
    else if (!Object.is(v, w)) onChange(k, v, w);
  }
  for (const [k, w] of after) if (!before.has(k)) onChange(k, undefined, w);
}

export class PMap<K extends PKey, V> implements Iterable<[K, V]> {
  private static readonly EMPTY = new PMap<never, never>(null, 0);

  private constructor(
    private readonly root: Node<K, V> | null,
    readonly size: number,
  ) {}

  static empty<K extends PKey, V>(): PMap<K, V> {
    return PMap.EMPTY as unknown as PMap<K, V>;
  }

  static from<K extends PKey, V>(entries: Iterable<readonly [K, V]>): PMap<K, V> {
    let m = PMap.empty<K, V>();
    for (const [k, v] of entries) m = m.set(k, v);
    return m;
  }

  get(key: K): V | undefined {
    return lookup(this.root, 0, hashKey(key), key)?.value;
  }

  has(key: K): boolean {
    return lookup(this.root, 0, hashKey(key), key) !== undefined;
  }

  /** A map with `key` bound to `value`; `this` itself when the binding is already identical. */
  set(key: K, value: V): PMap<K, V> {
    const change: Change = { sizeDelta: 0 };
    const root = insert(this.root, 0, new Leaf(hashKey(key), key, value), change);
    return root === this.root ? this : new PMap(root, this.size + change.sizeDelta);
  }

  delete(key: K): PMap<K, V> {
    const change: Change = { sizeDelta: 0 };
    const root = remove(this.root, 0, hashKey(key), key, change);
    if (root === this.root) return this;
    return root === null ? PMap.empty<K, V>() : new PMap(root, this.size + change.sizeDelta);
  }

  /** `set` with the result of `f` on the current value (`undefined` deletes). */
  update(key: K, f: (current: V | undefined) => V | undefined): PMap<K, V> {
    const next = f(this.get(key));
    return next === undefined ? this.delete(key) : this.set(key, next);
  }

  *[Symbol.iterator](): Iterator<[K, V]> {
    for (const leaf of walk(this.root)) yield [leaf.key, leaf.value];
  }

  *keys(): Generator<K> {
    for (const leaf of walk(this.root)) yield leaf.key;
  }

  *values(): Generator<V> {
    for (const leaf of walk(this.root)) yield leaf.value;
  }

  /** Keys in ascending order (numbers numerically, strings by code unit). */
  sortedKeys(): K[] {
    const keys = [...this.keys()];
    return keys.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  }

  /** Every key whose value differs by identity from `this` to `other`, skipping shared subtrees. */
  diff(other: PMap<K, V>, onChange: (key: K, before: V | undefined, after: V | undefined) => void): void {
    diffNodes(this.root, other.root, 0, onChange);
  }
}
