// Goal: prove the image builds from this repository and that three containers of it, configured
// as docker-compose.yml configures them, form a cluster that kafkajs on the host can use through
// a node stop and restart. Method: testcontainers builds the Dockerfile, starts the three
// services' environments on one Docker network (aliases gregor-1..3) with their EXTERNAL
// listeners published on free host ports, waits for /readyz, and runs the shared scenario
// (cluster-scenario.ts), stopping a container with `docker stop` (SIGTERM, controlled shutdown)
// and starting it again on the same volume.
//
// It needs a Docker engine: without one it is skipped, with the reason printed. Run it with
//   npx vitest run packages/cli/test/deploy/containers.test.ts
// on a machine with Docker (the build needs the npm registry and Debian's mirrors; the first
// build takes a few minutes). Set TESTCONTAINERS_RYUK_DISABLED=true where Docker Hub's
// testcontainers/ryuk image cannot be pulled (containers are then removed by afterAll only).
import { afterAll, beforeAll, describe, it } from 'vitest';
import { GenericContainer, getContainerRuntimeClient, Network, Wait, type StartedNetwork, type StartedTestContainer } from 'testcontainers';
import { freePorts } from '../cluster/support.js';
import { produceStopRestart, type DeployedCluster } from './cluster-scenario.js';
import { COMPOSE_FILE, composeEnvironment, readYaml, REPO, type JsonObject } from './support.js';

const ENGINE_PROBE_MS = 15_000;

/** Why no container engine can be used here, or null when one answers. */
async function engineUnavailable(): Promise<string | null> {
  try {
    const client = await Promise.race([
      getContainerRuntimeClient(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ENGINE_PROBE_MS} ms`)), ENGINE_PROBE_MS).unref()),
    ]);
    return client.info.containerRuntime.host === '' ? 'the container runtime names no host' : null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

const unavailable = await engineUnavailable();
if (unavailable !== null) {
  console.log(`skipping the testcontainers cluster test: no Docker engine is reachable (${unavailable.split('\n')[0]})`);
}

class ContainerCluster implements DeployedCluster {
  readonly bootstrap: string[] = [];
  readonly containers = new Map<number, StartedTestContainer>();
  private readonly opsPorts = new Map<number, number>();
  private network: StartedNetwork | null = null;

  async start(node: number): Promise<void> {
    const started = this.containers.get(node);
    if (started === undefined) throw new Error(`node ${node} was never created`);
    const client = await getContainerRuntimeClient();
    await client.container.start(client.container.getById(started.getId()));
  }

  async stop(node: number): Promise<void> {
    const started = this.containers.get(node)!;
    const client = await getContainerRuntimeClient();
    // As `docker stop -t 60`: SIGTERM, then up to 60 s for the controlled shutdown.
    await client.container.stop(client.container.getById(started.getId()), { timeout: 60_000 });
  }

  async ops(node: number, path: string): Promise<{ status: number; body: string } | null> {
    try {
      const res = await fetch(`http://${this.host}:${this.opsPorts.get(node)}${path}`, { signal: AbortSignal.timeout(5000) });
      return { status: res.status, body: await res.text() };
    } catch {
      return null;
    }
  }

  host = '127.0.0.1';

  async create(imageName: string, services: Record<string, JsonObject>): Promise<void> {
    const client = await getContainerRuntimeClient();
    this.host = client.info.containerRuntime.host;
    this.network = await new Network().start();
    const ports = await freePorts(6);
    const starts: Array<Promise<void>> = [];
    for (const [name, service] of Object.entries(services)) {
      const node = Number(name.replace('gregor-', ''));
      const env = composeEnvironment(service.environment);
      // The EXTERNAL listener keeps its container port; on the host it gets a free port, which
      // is what it must advertise to clients here.
      const externalPort = Number(/EXTERNAL:\/\/[^,]*:(\d+)/.exec(env.GREGOR_LISTENERS!)![1]);
      const hostPort = ports.shift()!;
      const opsHostPort = ports.shift()!;
      env.GREGOR_ADVERTISED_LISTENERS = env.GREGOR_ADVERTISED_LISTENERS!.replace(/EXTERNAL:\/\/[^,]*/, `EXTERNAL://${this.host}:${hostPort}`);
      this.bootstrap.push(`${this.host}:${hostPort}`);
      this.opsPorts.set(node, opsHostPort);
      const container = new GenericContainer(imageName)
        .withName(`gregor-test-${name}-${process.pid}`)
        .withHostname(name)
        .withNetwork(this.network)
        .withNetworkAliases(name)
        .withEnvironment(env)
        .withExposedPorts({ container: externalPort, host: hostPort }, { container: 8080, host: opsHostPort })
        .withWaitStrategy(Wait.forHttp('/readyz', 8080).forStatusCode(200))
        .withStartupTimeout(180_000);
      starts.push(container.start().then((c) => void this.containers.set(node, c)));
    }
    // All at once: no node is ready before the quorum (two voters) has formed.
    await Promise.all(starts);
  }

  async destroy(): Promise<void> {
    await Promise.all([...this.containers.values()].map((c) => c.stop({ timeout: 30_000, remove: true, removeVolumes: true }).catch(() => undefined)));
    await this.network?.stop().catch(() => undefined);
  }
}

describe.skipIf(unavailable !== null)('the image in Docker: a 3-node cluster from docker-compose.yml', () => {
  const cluster = new ContainerCluster();

  beforeAll(async () => {
    const imageName = `gregor-test:${process.pid}`;
    await GenericContainer.fromDockerfile(REPO).build(imageName, { deleteOnExit: true });
    const services = readYaml(COMPOSE_FILE).services as Record<string, JsonObject>;
    await cluster.create(imageName, services);
  }, 1_200_000);

  afterAll(async () => {
    await cluster.destroy();
  }, 120_000);

  it('serves kafkajs from the host, survives `docker stop` of a node and takes it back', async () => {
    await produceStopRestart(cluster);
  }, 600_000);
});
