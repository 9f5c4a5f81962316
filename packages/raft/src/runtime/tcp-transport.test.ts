// Goal: the TCP transport delivers framed raft messages between nodes, reconnects after a peer
// restarts, drops (never blocks) beyond its queue bounds, and cuts off peers that send garbage or
// claim to be someone else. Method: real transports on 127.0.0.1 ports chosen at runtime.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Message } from '../core/types.js';
import { freePorts, waitFor } from '../../test/helpers.js';
import { Packr } from 'msgpackr';
import { TcpTransport, type PeerAddress } from './tcp-transport.js';

const open: TcpTransport[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.close()));
});

function hb(from: number, to: number, readSeq: number): Message {
  return { type: 'heartbeat', from, to, term: 1, commit: 0, readSeq };
}

async function pair(limits = {}): Promise<{ peers: PeerAddress[]; a: TcpTransport; b: TcpTransport; gotA: Message[]; gotB: Message[] }> {
  const [pa, pb] = await freePorts(2);
  const peers: PeerAddress[] = [
    { id: 1, host: '127.0.0.1', port: pa! },
    { id: 2, host: '127.0.0.1', port: pb! },
  ];
  const gotA: Message[] = [];
  const gotB: Message[] = [];
  const a = new TcpTransport({ id: 1, host: '127.0.0.1', port: pa!, peers, onMessage: (m) => gotA.push(m), limits });
  const b = new TcpTransport({ id: 2, host: '127.0.0.1', port: pb!, peers, onMessage: (m) => gotB.push(m), limits });
  open.push(a, b);
  await a.start();
  await b.start();
  return { peers, a, b, gotA, gotB };
}

describe('TcpTransport', () => {
  it('delivers messages both ways, in order', async () => {
    const { a, b, gotA, gotB } = await pair();
    for (let i = 0; i < 500; i++) a.send(hb(1, 2, i));
    b.send(hb(2, 1, 42));
    await waitFor('delivery', () => gotB.length === 500 && gotA.length === 1);
    expect(gotB.map((m) => (m.type === 'heartbeat' ? m.readSeq : -1))).toEqual(Array.from({ length: 500 }, (_, i) => i));
    expect(gotA[0]).toEqual(hb(2, 1, 42));
  });

  it('reconnects after the peer restarts and delivers what was queued meanwhile', async () => {
    const { peers, a, gotB } = await pair({ reconnectBackoffMs: 10, reconnectBackoffMsMax: 50 });
    a.send(hb(1, 2, 1));
    await waitFor('first delivery', () => gotB.length === 1);
    await open[1]!.close();
    open.splice(1, 1);
    a.send(hb(1, 2, 2));
    await new Promise((r) => setTimeout(r, 100));
    const got2: Message[] = [];
    const b2 = new TcpTransport({ id: 2, host: '127.0.0.1', port: peers[1]!.port, peers, onMessage: (m) => got2.push(m) });
    open.push(b2);
    await b2.start();
    a.send(hb(1, 2, 3));
    await waitFor('delivery after restart', () => got2.some((m) => m.type === 'heartbeat' && m.readSeq === 3));
    expect(a.stats.connects).toBeGreaterThanOrEqual(2);
  });

  it('hands connections with a foreign hello to onForeignConnection, with the frames that followed it', async () => {
    const [port] = await freePorts(1);
    const peers: PeerAddress[] = [{ id: 1, host: '127.0.0.1', port: port! }];
    const handed: Array<{ hello: Record<string, unknown>; pending: string[]; later: string[] }> = [];
    const packr = new Packr({ useRecords: false });
    const t = new TcpTransport({
      id: 1, host: '127.0.0.1', port: port!, peers, onMessage: () => {},
      onForeignConnection: (hello, socket, decoder, pending) => {
        const entry = { hello: { ...hello }, pending: pending.map((b) => b.toString()), later: [] as string[] };
        handed.push(entry);
        socket.on('data', (chunk: Buffer) => entry.later.push(...decoder.push(chunk).map((b) => b.toString())));
      },
    });
    open.push(t);
    await t.start();
    const frame = (payload: Buffer) => {
      const out = Buffer.alloc(4 + payload.length);
      out.writeUInt32BE(payload.length, 0);
      payload.copy(out, 4);
      return out;
    };
    const client = net.connect(port!, '127.0.0.1');
    await new Promise((r) => client.once('connect', r));
    client.write(Buffer.concat([frame(packr.pack({ hello: 'gregor-rpc', version: 1, from: 7 })), frame(Buffer.from('first'))]));
    await waitFor('hand-over', () => handed.length === 1);
    client.write(frame(Buffer.from('second')));
    await waitFor('later frame', () => handed[0]!.pending.length + handed[0]!.later.length === 2);
    expect(handed[0]!.hello).toEqual({ hello: 'gregor-rpc', version: 1, from: 7 });
    expect([...handed[0]!.pending, ...handed[0]!.later]).toEqual(['first', 'second']);
    client.destroy();
  });

  it('drops messages beyond the send queue bound instead of blocking', async () => {
    const [port] = await freePorts(1);
    const peers: PeerAddress[] = [
      { id: 1, host: '127.0.0.1', port: port! },
      { id: 2, host: '127.0.0.1', port: 1 }, // nobody listens: everything queues
    ];
    const a = new TcpTransport({ id: 1, host: '127.0.0.1', port: port!, peers, onMessage: () => {}, limits: { sendQueueMessagesMax: 10, reconnectBackoffMs: 1000 } });
    open.push(a);
    await a.start();
    let accepted = 0;
    for (let i = 0; i < 50; i++) if (a.send(hb(1, 2, i))) accepted++;
    expect(accepted).toBe(10);
    expect(a.stats.dropped).toBe(40);
  });

  it('closes a connection that sends a bad hello, an oversized frame or a forged sender', async () => {
    const { peers, b, gotB } = await pair({ frameBytesMax: 1024 });
    const port = peers[1]!.port;
    const attempts = [
      Buffer.from([0, 0, 0, 3, 1, 2, 3]), // not a hello
      Buffer.from([0, 0, 0x10, 0]), // 4096-byte frame announced
    ];
    for (const bytes of attempts) {
      const socket = net.connect({ host: '127.0.0.1', port });
      await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
      socket.write(bytes);
      await new Promise<void>((resolve) => socket.on('close', () => resolve()));
    }
    expect(b.stats.rejectedFrames).toBe(2);
    expect(gotB).toEqual([]);
  });
});
