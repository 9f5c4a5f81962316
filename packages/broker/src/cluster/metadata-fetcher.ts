import { decodeMetadataSnapshot, type MetadataImage } from '@gregor/controller';
import type { Logger } from 'pino';
import type { MetadataFetchResponse } from './controller-node.js';
import type { RpcClient } from './rpc.js';

/**
 * Follows the metadata log from the controllers for a broker that runs no controller (KRaft's
 * broker-side metadata loader): long-polls committed batches after its offset and applies them
 * to its image, or installs a snapshot when it is too far behind.
 */
export class MetadataFetcher {
  private stopped = false;

  constructor(
    private readonly rpc: RpcClient,
    private image: MetadataImage,
    private readonly onImage: (image: MetadataImage) => void,
    private readonly log: Logger,
  ) {}

  start(): void {
    void this.loop();
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        const r = await this.rpc.call<MetadataFetchResponse>('fetchMetadata', { fromOffset: this.image.offset, maxWaitMs: 1000 }, { timeoutMs: 10_000 });
        failures = 0;
        let next = this.image;
        if (r.snapshot !== null) next = decodeMetadataSnapshot(r.snapshot);
        for (const b of r.batches) if (b.offset > next.offset) next = next.applyBatch(b.records, b.offset, b.epoch);
        if (next !== this.image) {
          this.image = next;
          this.onImage(next);
        }
      } catch (err) {
        failures++;
        if (failures % 20 === 1) this.log.warn({ err: (err as Error).message }, 'metadata fetch failed; retrying');
        await new Promise((r) => setTimeout(r, Math.min(1000, 50 * failures)));
      }
    }
  }

  stop(): void {
    this.stopped = true;
  }
}
