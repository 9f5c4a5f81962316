/**
 * Hands out producer ids for InitProducerId (KIP-98, KIP-730): ids come in blocks from the
 * active controller (AllocateProducerIds writes a ProducerIds record, so no id is ever given out
 * twice, even across controller failover); this broker serves ids from its current block and
 * asks for the next block when it runs out. One request for a block at a time.
 */
export interface ProducerIdBlock {
  readonly producerIdStart: number;
  readonly producerIdLen: number;
}

export class ProducerIdManager {
  private next = 0;
  private end = 0;
  private pending: Promise<void> | null = null;

  constructor(private readonly allocateBlock: () => Promise<ProducerIdBlock>) {}

  async nextProducerId(): Promise<number> {
    while (this.next >= this.end) {
      this.pending ??= this.allocateBlock()
        .then((block) => {
          this.next = block.producerIdStart;
          this.end = block.producerIdStart + block.producerIdLen;
        })
        .finally(() => {
          this.pending = null;
        });
      await this.pending;
    }
    return this.next++;
  }
}
