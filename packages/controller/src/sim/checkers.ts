import { diff } from '../image/delta.js';
import { parsePartitionKey, type MetadataImage } from '../image/metadata-image.js';
import { imagesEqual } from '../image/snapshot.js';
import { NO_LEADER } from '../records/records.js';

/**
 * The controller simulation's checkers, run on every metadata image a node reaches (the issue's
 * invariants, and the ones that make them meaningful):
 *  - PartitionState: a partition's ISR is a non-empty subset of its replicas, and holds an
 *    inactive (fenced, shutting down, unregistered) broker only as its last member; its leader is
 *    NO_LEADER or an ISR member that is registered, unfenced and not shutting down.
 *  - LeaderEpochs: along the log, a partition's leader epoch never decreases, its partition epoch
 *    grows with every change, and a new leader always comes with a higher leader epoch.
 *  - LogAgreement: every node applies the same batch (epoch and bytes) at the same offset.
 *  - ImageAgreement: every node's image at an offset equals the first image seen at that offset
 *    (compared in full on snapshot installs, on a sample of offsets, and at the end).
 *  - AckedWrites: a write the controller answered successfully is in the committed log at the
 *    offset and epoch it was proposed with.
 *  - ProducerIdBlocks: acknowledged producer id blocks never overlap.
 * A violation throws `Violation`; the simulation turns it into a failure with seed and trace.
 */
export class Violation extends Error {
  override readonly name = 'Violation';
  constructor(
    readonly checker: string,
    message: string,
  ) {
    super(`[${checker}] ${message}`);
  }
}

/** Invariants of one image on its own. */
export function checkPartitionState(image: MetadataImage): void {
  for (const topic of image.topicsById.values()) {
    for (const p of topic.partitions.values()) {
      const where = `${topic.name}-${p.partition} at offset ${image.offset}`;
      if (p.isr.length === 0) throw new Violation('PartitionState', `${where} has an empty ISR`);
      if (new Set(p.isr).size !== p.isr.length) throw new Violation('PartitionState', `${where} lists an ISR member twice: [${p.isr}]`);
      for (const r of p.isr) if (!p.replicas.includes(r)) throw new Violation('PartitionState', `${where} has ISR member ${r} outside its replicas [${p.replicas}]`);
      // Fencing, shutdown and unregistration remove a broker from every ISR it does not hold alone.
      if (p.isr.length > 1) for (const r of p.isr) if (!image.isActive(r)) throw new Violation('PartitionState', `${where} keeps inactive broker ${r} in its ISR [${p.isr}]`);
      if (p.leader === NO_LEADER) continue;
      if (!p.isr.includes(p.leader)) throw new Violation('PartitionState', `${where} is led by ${p.leader}, outside its ISR [${p.isr}]`);
      const b = image.broker(p.leader);
      if (b === undefined) throw new Violation('PartitionState', `${where} is led by unregistered broker ${p.leader}`);
      if (b.fenced) throw new Violation('PartitionState', `${where} is led by fenced broker ${p.leader}`);
      if (b.inControlledShutdown) throw new Violation('PartitionState', `${where} is led by broker ${p.leader}, which is shutting down`);
    }
  }
  for (const [brokerId, count] of image.leaderCounts) {
    const b = image.broker(brokerId);
    if (count > 0 && (b === undefined || b.fenced)) throw new Violation('PartitionState', `fenced or unknown broker ${brokerId} leads ${count} partitions at ${image.offset}`);
  }
  for (const key of image.leaderless.keys()) {
    const { topicId, partition } = parsePartitionKey(key);
    if (image.partition(topicId, partition)?.leader !== NO_LEADER) throw new Violation('PartitionState', `leaderless index disagrees for ${key}`);
  }
}

/** Epoch rules between two consecutive images of the log. */
export function checkLeaderEpochs(before: MetadataImage, after: MetadataImage): void {
  for (const d of diff(before, after).changedPartitions) {
    const a = d.before;
    const b = d.after;
    if (a === undefined) {
      if (b.leaderEpoch !== 0 || b.partitionEpoch !== 0) throw new Violation('LeaderEpochs', `new partition ${d.topicId}:${d.partition} starts at epochs ${b.leaderEpoch}/${b.partitionEpoch}`);
      continue;
    }
    const where = `${d.topicId}:${d.partition} at offset ${after.offset}`;
    if (b.leaderEpoch < a.leaderEpoch) throw new Violation('LeaderEpochs', `${where}: leader epoch went back ${a.leaderEpoch} -> ${b.leaderEpoch}`);
    if (b.partitionEpoch <= a.partitionEpoch) throw new Violation('LeaderEpochs', `${where}: changed without a higher partition epoch (${a.partitionEpoch} -> ${b.partitionEpoch})`);
    if (b.leader !== a.leader && b.leaderEpoch <= a.leaderEpoch) {
      throw new Violation('LeaderEpochs', `${where}: leader ${a.leader} -> ${b.leader} without a higher leader epoch (${a.leaderEpoch})`);
    }
  }
}

interface LogEntryFacts {
  readonly epoch: number;
  readonly digest: number;
}

function digestBytes(data: Uint8Array | null): number {
  if (data === null) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i]!, 0x01000193);
  return h >>> 0;
}

/**
 * The first image (and batch) seen at each offset, against which every other node is compared,
 * and on which the per-image invariants run once.
 */
export class CanonicalLog {
  private readonly entries = new Map<number, LogEntryFacts>();
  private readonly images = new Map<number, MetadataImage>();
  highest = 0;
  /** How many offsets were deep-compared. */
  comparisons = 0;

  constructor(private readonly compareEvery: number) {}

  /**
   * A node went from `before` to `image` by applying the entry at `image.offset` (bytes `data`,
   * null for raft's leader-change entries). The epoch rules are checked on this pair, which
   * shares structure, the first time the offset is seen.
   */
  onApply(node: string, before: MetadataImage, image: MetadataImage, data: Uint8Array | null, forceCompare = false): void {
    const offset = image.offset;
    const facts = { epoch: image.epoch, digest: digestBytes(data) };
    const known = this.entries.get(offset);
    if (known === undefined) {
      this.entries.set(offset, facts);
      this.images.set(offset, image);
      checkPartitionState(image);
      checkLeaderEpochs(before, image);
      this.highest = Math.max(this.highest, offset);
      return;
    }
    if (known.epoch !== facts.epoch || (data !== null && known.digest !== 0 && known.digest !== facts.digest)) {
      throw new Violation('LogAgreement', `${node} applied a different entry at ${offset} (epoch ${facts.epoch} vs ${known.epoch})`);
    }
    if (forceCompare || offset % this.compareEvery === 0) this.compare(node, image);
  }

  /** A node installed a snapshot image: it must equal what the log produced there. */
  onSnapshot(node: string, image: MetadataImage): void {
    if (!this.images.has(image.offset)) throw new Violation('ImageAgreement', `${node} installed a snapshot at ${image.offset}, an offset nobody applied`);
    this.compare(node, image);
  }

  compare(node: string, image: MetadataImage): void {
    const canonical = this.images.get(image.offset);
    if (canonical === undefined) return;
    this.comparisons++;
    if (!imagesEqual(canonical, image)) throw new Violation('ImageAgreement', `${node}'s image at offset ${image.offset} differs from the first one seen there`);
  }

  epochAt(offset: number): number | undefined {
    return this.entries.get(offset)?.epoch;
  }

  imageAt(offset: number): MetadataImage | undefined {
    return this.images.get(offset);
  }
}

/** Acknowledged producer id blocks must be disjoint (KIP-730's promise to idempotent producers). */
export class ProducerIdBlocks {
  private readonly blocks: Array<{ start: number; end: number }> = [];

  onAck(start: number, length: number): void {
    const end = start + length;
    for (const b of this.blocks) {
      if (start < b.end && b.start < end) throw new Violation('ProducerIdBlocks', `block [${start}, ${end}) overlaps acknowledged [${b.start}, ${b.end})`);
    }
    this.blocks.push({ start, end });
  }

  get count(): number {
    return this.blocks.length;
  }
}
