import type { Entry, Message, Ready } from '../core/types.js';

/** One-line, human-readable form of a message for the simulator's trace. */
export function describeMessage(m: Message): string {
  const head = `n${m.from}->n${m.to} ${m.type} t${m.term}`;
  switch (m.type) {
    case 'append':
      return `${head} prev=(${m.prevIndex},${m.prevTerm}) ents=${describeEntries(m.entries)} commit=${m.commit}`;
    case 'append-response':
      return m.reject
        ? `${head} REJECT idx=${m.index} hint=(${m.hintIndex},${m.hintTerm})`
        : `${head} ok idx=${m.index}`;
    case 'heartbeat':
      return `${head} commit=${m.commit} readSeq=${m.readSeq}`;
    case 'heartbeat-response':
      return `${head} readSeq=${m.readSeq}`;
    case 'vote':
    case 'pre-vote':
      return `${head} last=(${m.lastIndex},${m.lastTerm})${m.isTransfer ? ' transfer' : ''}`;
    case 'vote-response':
    case 'pre-vote-response':
      return `${head} ${m.reject ? 'REJECT' : 'granted'}`;
    case 'install-snapshot':
      return `${head} snap=(${m.meta.index},${m.meta.term}) bytes ${m.offset}..${m.offset + m.data.length}/${m.totalBytes}`;
    case 'install-snapshot-response':
      return `${head} snap=${m.snapshotIndex} next=${m.nextOffset}`;
    case 'timeout-now':
      return head;
    case 'read-index':
      return `${head} req=${m.requestId}`;
    case 'read-index-response':
      return `${head} req=${m.requestId} idx=${m.index}${m.error ? ` ${m.error}` : ''}`;
  }
}

export function describeEntries(entries: readonly Entry[]): string {
  if (entries.length === 0) return '[]';
  const first = entries[0]!;
  const last = entries[entries.length - 1]!;
  const terms = first.term === last.term ? `t${first.term}` : `t${first.term}..t${last.term}`;
  return entries.length === 1 ? `[${first.index} ${terms}]` : `[${first.index}..${last.index} ${terms}]`;
}

export function describeReady(r: Ready): string {
  const parts: string[] = [];
  if (r.softState) parts.push(`${r.softState.role} t${r.softState.term} leader=${r.softState.leaderId ?? '-'}`);
  if (r.hardState) parts.push(`hs=(t${r.hardState.term},vote=${r.hardState.votedFor ?? '-'})`);
  if (r.snapshot) parts.push(`snap=(${r.snapshot.snapshot.meta.index},${r.snapshot.snapshot.meta.term})${r.snapshot.isRestore ? ' restore' : ''}`);
  if (r.entries.length) parts.push(`ents=${describeEntries(r.entries)}`);
  if (r.committedEntries.length) parts.push(`apply=${describeEntries(r.committedEntries)}`);
  const sent = r.messagesEarly.length + r.messages.length;
  if (sent) parts.push(`msgs=${sent}`);
  if (r.readStates.length) parts.push(`reads=${r.readStates.length}`);
  if (r.proposalResults.length) parts.push(`results=${r.proposalResults.length}`);
  return parts.join(' ');
}

/** A trace line, or a function producing it: formatting is deferred until a failure prints it. */
export type TraceLine = string | (() => string);

/** Keeps the last `capacity` trace lines (a failing run prints them). */
export class TraceBuffer {
  private readonly lines: TraceLine[] = [];
  private start = 0;
  total = 0;

  constructor(private readonly capacity: number) {}

  add(line: TraceLine): void {
    this.total++;
    if (this.capacity <= 0) return;
    if (this.lines.length < this.capacity) {
      this.lines.push(line);
    } else {
      this.lines[this.start] = line;
      this.start = (this.start + 1) % this.capacity;
    }
  }

  tail(): string[] {
    const ordered = [...this.lines.slice(this.start), ...this.lines.slice(0, this.start)];
    return ordered.map((l) => (typeof l === 'string' ? l : l()));
  }
}
