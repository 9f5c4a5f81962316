// Goal: version negotiation picks the highest version both sides speak and leaves out APIs with
// no common version or unknown to us. Method: examples over the generated API table.
import { describe, expect, it } from 'vitest';
import { ApiKey, apis } from '@gregor/protocol';
import { clientVersionRange, negotiateVersions } from './versions.js';

describe('negotiateVersions', () => {
  it('takes the smaller of the two maxima when the ranges overlap', () => {
    const versions = negotiateVersions([
      { apiKey: ApiKey.Produce, minVersion: 3, maxVersion: 7 },
      { apiKey: ApiKey.Fetch, minVersion: 4, maxVersion: 999 },
    ]);
    expect(versions.get(ApiKey.Produce)).toBe(7);
    expect(versions.get(ApiKey.Fetch)).toBe(apis[ApiKey.Fetch].maxVersion);
  });

  it('leaves out APIs without a common version and keys it does not know', () => {
    const versions = negotiateVersions([
      { apiKey: ApiKey.Produce, minVersion: 50, maxVersion: 60 },
      { apiKey: 9999, minVersion: 0, maxVersion: 1 },
    ]);
    expect(versions.has(ApiKey.Produce)).toBe(false);
    expect(versions.has(9999)).toBe(false);
  });

  it('never offers a version Kafka marks unstable', () => {
    const endTxn = apis[ApiKey.EndTxn];
    expect(endTxn.latestVersionUnstable).toBe(true);
    expect(clientVersionRange(ApiKey.EndTxn)!.max).toBe(endTxn.maxVersion - 1);
    expect(negotiateVersions([{ apiKey: ApiKey.EndTxn, minVersion: 0, maxVersion: endTxn.maxVersion }]).get(ApiKey.EndTxn)).toBe(endTxn.maxVersion - 1);
  });
});
