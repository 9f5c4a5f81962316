// Goal: every transactional data batch is classified by the first marker of its producer that
// follows it (commit, abort, or none yet: undecided), as Kafka's transaction index would.
// Method: fast-check sequences of data batches and markers for a few producers against a model
// that looks ahead for each batch's marker.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TransactionOutcomes } from './transactions.js';

describe('TransactionOutcomes', () => {
  it('classifies each data batch by the next marker of its producer', () => {
    const eventArb = fc.record({ producerId: fc.constantFrom(1n, 2n, 3n), kind: fc.constantFrom('data', 'data', 'commit', 'abort') });
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 80 }), (events) => {
        const outcomes = new TransactionOutcomes();
        events.forEach((e, offset) => {
          if (e.kind === 'data') outcomes.onDataBatch(e.producerId, offset);
          else outcomes.onMarker(e.producerId, offset, e.kind === 'commit');
        });
        events.forEach((e, offset) => {
          if (e.kind !== 'data') return;
          const next = events.findIndex((m, i) => i > offset && m.producerId === e.producerId && m.kind !== 'data');
          const expected = next < 0 ? 'undecided' : events[next]!.kind === 'commit' ? 'committed' : 'aborted';
          expect(outcomes.outcomeOf(e.producerId, offset)).toBe(expected);
        });
      }),
      { numRuns: 300 },
    );
  });
});
