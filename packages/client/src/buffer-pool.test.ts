// Goal: the producer's buffer pool never hands out more than its total and reuses standard-size
// buffers. Method: allocate/release sequences with the counts checked.
import { describe, expect, it } from 'vitest';
import { BufferPool } from './buffer-pool.js';

describe('BufferPool', () => {
  it('refuses an allocation past the total until memory is released', () => {
    const pool = new BufferPool(300, 100);
    const a = pool.allocate(10)!;
    const b = pool.allocate(100)!;
    const c = pool.allocate(1)!;
    expect(a.length).toBe(100);
    expect(pool.allocate(1)).toBeNull();
    expect(pool.availableBytes).toBe(0);
    pool.release(b);
    const d = pool.allocate(50)!;
    expect(d).toBe(b); // reused, not freshly allocated
    pool.release(a);
    pool.release(c);
    pool.release(d);
    expect(pool.allocatedBytes).toBe(0);
  });

  it('allocates odd sizes exactly and does not pool them', () => {
    const pool = new BufferPool(1000, 100);
    const big = pool.allocate(250)!;
    expect(big.length).toBe(250);
    expect(pool.allocatedBytes).toBe(250);
    pool.release(big);
    expect(pool.allocate(250)).not.toBe(big);
  });

  it('counts charged bytes (compressed copies) against the total', () => {
    const pool = new BufferPool(200, 100);
    pool.charge(150);
    expect(pool.allocate(10)).toBeNull();
    pool.uncharge(150);
    expect(pool.allocate(10)).not.toBeNull();
  });
});
