import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { OPS_CONNECTIONS_MAX, OPS_HEADERS_MS_MAX, OPS_REQUEST_MS_MAX } from './limits.js';
import { NodeMetrics } from './node-metrics.js';
import { readinessOf, type OpsNode } from './ops-node.js';

export interface OpsServerOptions {
  /** ops.listener's address (port 0 picks a free port). */
  readonly host: string;
  readonly port: number;
  readonly node: OpsNode;
  readonly metrics: NodeMetrics;
  readonly log: Logger;
}

/**
 * The operations endpoint (ops.listener; Kafka has none, its metrics go through JMX):
 *   GET /healthz  200 while the process serves HTTP at all (liveness);
 *   GET /readyz   200 when the node is ready (see readinessOf), else 503; JSON with each check;
 *   GET /metrics  Prometheus text format (prom-client).
 * It starts before the node joins its cluster, so liveness holds while a broker waits to be
 * unfenced, and closes last in a stop, so probes see the controlled shutdown as "not ready".
 */
export class OpsServer {
  private readonly opts: OpsServerOptions;
  private readonly server: Server;
  private bound: { host: string; port: number } | null = null;

  private constructor(opts: OpsServerOptions) {
    this.opts = opts;
    this.server = createServer((req, res) => this.handle(req, res));
    this.server.maxConnections = OPS_CONNECTIONS_MAX;
    this.server.headersTimeout = OPS_HEADERS_MS_MAX;
    this.server.requestTimeout = OPS_REQUEST_MS_MAX;
  }

  static async start(opts: OpsServerOptions): Promise<OpsServer> {
    const ops = new OpsServer(opts);
    await new Promise<void>((resolve, reject) => {
      ops.server.once('error', reject);
      ops.server.listen({ host: opts.host === '' ? '0.0.0.0' : opts.host, port: opts.port }, () => {
        ops.server.off('error', reject);
        resolve();
      });
    });
    const address = ops.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : opts.port;
    ops.bound = { host: opts.host === '' ? '0.0.0.0' : opts.host, port };
    opts.log.info({ opsListener: `http://${ops.bound.host}:${port}` }, 'ops endpoint listening (/healthz, /readyz, /metrics)');
    return ops;
  }

  /** Where the endpoint listens (the port resolved when configured as 0). */
  get address(): { host: string; port: number } {
    return this.bound!;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n', { allow: 'GET, HEAD' });
      return;
    }
    switch (path) {
      case '/healthz':
        send(res, 200, 'application/json', `${JSON.stringify({ status: 'ok', nodeId: this.opts.node.config.nodeId })}\n`);
        return;
      case '/readyz': {
        const readiness = readinessOf(this.opts.node);
        send(res, readiness.ready ? 200 : 503, 'application/json', `${JSON.stringify(readiness)}\n`);
        return;
      }
      case '/metrics':
        this.opts.metrics.scrape().then(
          (text) => send(res, 200, this.opts.metrics.contentType, text),
          (err: unknown) => {
            this.opts.log.error({ err }, 'rendering metrics failed');
            send(res, 500, 'text/plain; charset=utf-8', 'metrics failed\n');
          },
        );
        return;
      default:
        send(res, 404, 'text/plain; charset=utf-8', 'not found: try /healthz, /readyz or /metrics\n');
    }
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }
}

function send(res: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}
