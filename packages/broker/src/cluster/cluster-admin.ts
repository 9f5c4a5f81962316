import type {
  AlterConfigsResponse,
  CreatePartitionsResponse,
  CreateTopicsResponse,
  DeleteTopicsResponse,
} from '@gregor/controller';
import { ErrorCode } from '@gregor/protocol';
import type { AdminResult, ConfigOp, CreateTopicResult, CreateTopicSpec, MetadataView, TopicAdmin } from '../services/metadata.js';
import type { WriteReply } from './controller-node.js';
import { RpcError, type RpcClient } from './rpc.js';

/** How long an admin request waits for the controller (Kafka: the request's timeoutMs, capped). */
const ADMIN_TIMEOUT_MS = 30_000;

/**
 * Topic administration from any broker (KRaft's forwarding): the request goes to the active
 * controller over RPC, and the answer is returned once this broker's own metadata image has
 * applied the write, so a client that created a topic here can use it here at once.
 */
export class ClusterAdmin implements TopicAdmin {
  constructor(
    private readonly rpc: RpcClient,
    private readonly view: MetadataView,
    private readonly waitForOffset: (offset: number, timeoutMs: number) => Promise<boolean>,
  ) {}

  private async call<T>(method: string, body: unknown): Promise<T | AdminResult> {
    try {
      const reply = await this.rpc.call<WriteReply<T>>(method, body, { timeoutMs: ADMIN_TIMEOUT_MS });
      await this.waitForOffset(reply.offset, ADMIN_TIMEOUT_MS);
      return reply.response;
    } catch (err) {
      if (err instanceof RpcError) {
        // NOT_CONTROLLER after retries and timeouts both mean: no controller could do it now.
        const code = err.code === ErrorCode.NOT_CONTROLLER ? ErrorCode.REQUEST_TIMED_OUT : err.code;
        return { errorCode: code, errorMessage: err.message };
      }
      throw err;
    }
  }

  async createTopics(specs: readonly CreateTopicSpec[], validateOnly: boolean): Promise<CreateTopicResult[]> {
    const r = await this.call<CreateTopicsResponse>('createTopics', { topics: specs, validateOnly });
    if ('errorCode' in r) return specs.map(() => r);
    return r.topics.map((t, i): CreateTopicResult => {
      if (t.errorCode !== ErrorCode.NONE) return { errorCode: t.errorCode, errorMessage: t.errorMessage };
      const requested: Record<string, string> = {};
      for (const c of specs[i]?.configs ?? []) if (c.value !== null) requested[c.name] = c.value;
      return {
        errorCode: t.errorCode,
        errorMessage: t.errorMessage,
        topicId: t.topicId,
        numPartitions: t.numPartitions,
        replicationFactor: t.replicationFactor,
        configs: this.view.topic(t.name)?.configs ?? requested,
      };
    });
  }

  async deleteTopics(names: readonly string[]): Promise<AdminResult[]> {
    const r = await this.call<DeleteTopicsResponse>('deleteTopics', { topics: names.map((name) => ({ name, topicId: null })) });
    if ('errorCode' in r) return names.map(() => r);
    return r.responses.map((x) => ({ errorCode: x.errorCode, errorMessage: x.errorMessage }));
  }

  async createPartitions(
    requests: ReadonlyArray<{ name: string; count: number; assignments: ReadonlyArray<readonly number[]> | null }>,
    validateOnly: boolean,
  ): Promise<AdminResult[]> {
    const r = await this.call<CreatePartitionsResponse>('createPartitions', { topics: requests, validateOnly });
    if ('errorCode' in r) return requests.map(() => r);
    return r.results.map((x) => ({ errorCode: x.errorCode, errorMessage: x.errorMessage }));
  }

  async alterTopicConfigs(
    requests: ReadonlyArray<{ name: string; replace: boolean; ops: ReadonlyArray<{ name: string; op: ConfigOp; value: string | null }> }>,
    validateOnly: boolean,
  ): Promise<AdminResult[]> {
    // The controller's AlterConfigs takes one mode per request: legacy (replace) or incremental.
    const out: AdminResult[] = new Array(requests.length);
    for (const replace of [true, false]) {
      const indexes = requests.map((_, i) => i).filter((i) => requests[i]!.replace === replace);
      if (indexes.length === 0) continue;
      const r = await this.call<AlterConfigsResponse>('alterConfigs', {
        resources: indexes.map((i) => ({ resourceType: 'topic', resourceName: requests[i]!.name, configs: requests[i]!.ops })),
        incremental: !replace,
        validateOnly,
      });
      indexes.forEach((i, j) => {
        out[i] = 'errorCode' in r ? r : { errorCode: r.responses[j]!.errorCode, errorMessage: r.responses[j]!.errorMessage };
      });
    }
    return out;
  }
}
