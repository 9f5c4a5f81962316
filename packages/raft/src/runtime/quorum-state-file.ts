import fs from 'node:fs';
import type { HardState, NodeId } from '../core/types.js';
import { writeFileAtomicSync } from './files.js';

/**
 * The term and vote, durable before any vote or acknowledgement depends on them (figure 2's
 * persistent state; Kafka's FileQuorumStateStore). Stored as Kafka's `quorum-state` JSON, where
 * the raft term is `leaderEpoch` and the vote `votedId` (-1 for none), written atomically.
 */
export const QUORUM_STATE_FILE = 'quorum-state';

export interface QuorumStateFileContent {
  readonly data_version: 0;
  readonly leaderEpoch: number;
  readonly votedId: number;
  readonly currentVoters: readonly { voterId: NodeId }[];
}

export class QuorumStateFileError extends Error {
  override readonly name = 'QuorumStateFileError';
}

export function readQuorumState(file: string): HardState | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  let o: Partial<QuorumStateFileContent>;
  try {
    o = JSON.parse(text) as Partial<QuorumStateFileContent>;
  } catch {
    // Written atomically, so a torn file means outside damage: refuse to guess a vote.
    throw new QuorumStateFileError(`${file} is not valid JSON`);
  }
  const term = o.leaderEpoch;
  const voted = o.votedId;
  if (typeof term !== 'number' || !Number.isSafeInteger(term) || term < 0 || typeof voted !== 'number' || !Number.isSafeInteger(voted)) {
    throw new QuorumStateFileError(`${file} lacks a valid leaderEpoch/votedId`);
  }
  return { term, votedFor: voted < 0 ? null : voted };
}

export function writeQuorumState(file: string, state: HardState, voters: readonly NodeId[]): void {
  const content: QuorumStateFileContent = {
    data_version: 0,
    leaderEpoch: state.term,
    votedId: state.votedFor ?? -1,
    currentVoters: voters.map((voterId) => ({ voterId })),
  };
  writeFileAtomicSync(file, Buffer.from(JSON.stringify(content)));
}
