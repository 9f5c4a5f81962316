import { randomBytes } from 'node:crypto';
import type { BrokerHeartbeatResponse, BrokerRegistrationResponse, Listener } from '@gregor/controller';
import { ErrorCode, uuidFromRandom } from '@gregor/protocol';
import type { Logger } from 'pino';
import type { WriteReply } from './controller-node.js';
import { RpcError, type RpcClient } from './rpc.js';

/**
 * A broker's membership in the cluster (KRaft's BrokerLifecycleManager): it registers with the
 * active controller under a fresh incarnation id, then heartbeats (broker.heartbeat.interval.ms)
 * with the metadata offset it has applied. The controller unfences it once it has caught up and
 * fences it when heartbeats stop for broker.session.timeout.ms. On controlled shutdown it asks
 * to shut down and keeps heartbeating until the controller has moved its leaderships away.
 */
export interface BrokerLifecycleOptions {
  readonly nodeId: number;
  readonly clusterId: string;
  readonly listeners: readonly Listener[];
  readonly rack: string | null;
  readonly rpc: RpcClient;
  readonly heartbeatIntervalMs: number;
  /** The highest metadata offset this broker has applied. */
  readonly metadataOffset: () => number;
  /** Called after every successful registration (the broker epoch is then known). */
  readonly onRegistered?: () => void;
  /** The epoch held before the last clean shutdown (KIP-966): re-registration is then immediate. */
  readonly previousBrokerEpoch: number;
  readonly log: Logger;
}

export type BrokerState = 'starting' | 'fenced' | 'running' | 'pending-controlled-shutdown' | 'shutting-down' | 'stopped';

export class BrokerLifecycle {
  private readonly opts: BrokerLifecycleOptions;
  private readonly incarnationId = uuidFromRandom(randomBytes(16));
  private brokerEpoch = -1;
  private timer: NodeJS.Timeout | null = null;
  private wantShutDown = false;
  private inFlight = false;
  private stopped = false;
  state: BrokerState = 'starting';
  private readonly stateWaiters: Array<{ until: (s: BrokerState) => boolean; resolve: () => void }> = [];

  constructor(opts: BrokerLifecycleOptions) {
    this.opts = opts;
  }

  get epoch(): number {
    return this.brokerEpoch;
  }

  /** Registers (retrying until a controller answers) and starts heartbeating. */
  async start(): Promise<void> {
    await this.register();
    this.timer = setInterval(() => void this.heartbeat(), this.opts.heartbeatIntervalMs);
    this.timer.unref();
    void this.heartbeat();
  }

  private async register(): Promise<void> {
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        const reply = await this.opts.rpc.call<WriteReply<BrokerRegistrationResponse>>(
          'registerBroker',
          {
            brokerId: this.opts.nodeId,
            clusterId: this.opts.clusterId,
            incarnationId: this.incarnationId,
            listeners: this.opts.listeners,
            rack: this.opts.rack,
            previousBrokerEpoch: this.opts.previousBrokerEpoch,
          },
          { timeoutMs: 10_000 },
        );
        this.brokerEpoch = reply.response.brokerEpoch;
        this.setState('fenced');
        this.opts.onRegistered?.();
        this.opts.log.info({ brokerEpoch: this.brokerEpoch }, 'registered with the controller');
        return;
      } catch (err) {
        if (err instanceof RpcError && err.code === ErrorCode.INCONSISTENT_CLUSTER_ID) throw err;
        if (attempt % 10 === 0) this.opts.log.warn({ err: (err as Error).message }, 'broker registration failed; retrying');
        await new Promise((r) => setTimeout(r, Math.min(1000, 100 * (attempt + 1))));
      }
    }
  }

  private async heartbeat(): Promise<void> {
    if (this.inFlight || this.stopped || this.brokerEpoch < 0) return;
    this.inFlight = true;
    try {
      const reply = await this.opts.rpc.call<WriteReply<BrokerHeartbeatResponse>>(
        'brokerHeartbeat',
        {
          brokerId: this.opts.nodeId,
          brokerEpoch: this.brokerEpoch,
          currentMetadataOffset: this.opts.metadataOffset(),
          wantFence: false,
          wantShutDown: this.wantShutDown,
        },
        { timeoutMs: Math.max(2 * this.opts.heartbeatIntervalMs, 4000) },
      );
      const r = reply.response;
      if (r.shouldShutDown) this.setState('shutting-down');
      else if (this.wantShutDown) this.setState('pending-controlled-shutdown');
      else if (!r.isFenced) this.setState('running');
      else this.setState('fenced');
    } catch (err) {
      if (err instanceof RpcError && (err.code === ErrorCode.STALE_BROKER_EPOCH || err.code === ErrorCode.BROKER_ID_NOT_REGISTERED)) {
        // The controller no longer knows this incarnation's epoch (e.g. it was fenced and
        // unregistered): register again.
        this.opts.log.warn({ code: err.code }, 'heartbeat refused; registering again');
        this.brokerEpoch = -1;
        this.setState('fenced');
        void this.register();
      } else {
        this.opts.log.debug({ err: (err as Error).message }, 'heartbeat failed');
      }
    } finally {
      this.inFlight = false;
    }
  }

  private setState(state: BrokerState): void {
    if (this.state === state) return;
    this.opts.log.info({ from: this.state, to: state }, 'broker state changed');
    this.state = state;
    for (let i = this.stateWaiters.length - 1; i >= 0; i--) {
      const w = this.stateWaiters[i]!;
      if (w.until(state)) {
        this.stateWaiters.splice(i, 1);
        w.resolve();
      }
    }
  }

  /** Resolves when the state satisfies `until`, or false after `timeoutMs`. */
  waitFor(until: (s: BrokerState) => boolean, timeoutMs: number): Promise<boolean> {
    if (until(this.state)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        const i = this.stateWaiters.indexOf(waiter);
        if (i >= 0) this.stateWaiters.splice(i, 1);
        resolve(false);
      }, timeoutMs);
      const waiter = { until, resolve: () => (clearTimeout(timer), resolve(true)) };
      this.stateWaiters.push(waiter);
    });
  }

  /**
   * Controlled shutdown: asks the controller to move this broker's leaderships away and waits
   * (heartbeating faster) until it says the broker may stop, or the timeout passes.
   */
  async controlledShutdown(timeoutMs: number): Promise<boolean> {
    if (this.brokerEpoch < 0) return true;
    this.wantShutDown = true;
    const fast = setInterval(() => void this.heartbeat(), Math.min(250, this.opts.heartbeatIntervalMs));
    try {
      void this.heartbeat();
      return await this.waitFor((s) => s === 'shutting-down', timeoutMs);
    } finally {
      clearInterval(fast);
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearInterval(this.timer);
    this.setState('stopped');
  }
}
