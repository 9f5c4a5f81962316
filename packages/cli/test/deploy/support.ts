/**
 * Shared by the deployment tests: where the deployment files are, how their YAML is read, how a
 * Compose service's or a pod's environment becomes broker config, and a small renderer of this
 * repository's kustomizations (resources, namespace, images, replicas and JSON 6902 patches; any
 * other kustomization field fails the render, so nothing is silently skipped).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments, parse as parseYaml } from 'yaml';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const COMPOSE_FILE = join(REPO, 'docker-compose.yml');
export const DOCKERFILE = join(REPO, 'Dockerfile');
export const ENTRYPOINT = join(REPO, 'deploy', 'docker', 'entrypoint.sh');
export const HEALTHCHECK = join(REPO, 'deploy', 'docker', 'healthcheck.mjs');
export const CONTAINER_PROPERTIES = join(REPO, 'deploy', 'docker', 'container.properties');
export const K8S_BASE = join(REPO, 'deploy', 'kubernetes', 'base');
export const K8S_OVERLAYS = join(REPO, 'deploy', 'kubernetes', 'overlays');

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A YAML file as plain JSON values (merge keys `<<:` resolved, as Compose does). */
export function readYaml(path: string): JsonObject {
  return parseYaml(readFileSync(path, 'utf8'), { merge: true, strict: true }) as JsonObject;
}

/** Compose environment (map or KEY=value list) as strings, the way the container sees them. */
export function composeEnvironment(environment: Json | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (environment === undefined || environment === null) return out;
  if (Array.isArray(environment)) {
    for (const entry of environment) {
      const text = String(entry);
      const eq = text.indexOf('=');
      if (eq > 0) out[text.slice(0, eq)] = text.slice(eq + 1);
    }
    return out;
  }
  if (typeof environment !== 'object') throw new Error('environment must be a map or a list');
  for (const [k, v] of Object.entries(environment)) if (v !== null) out[k] = String(v);
  return out;
}

// ------------------------------------------------------------------ Kubernetes

export interface K8sObject extends JsonObject {
  apiVersion: string;
  kind: string;
  metadata: JsonObject & { name: string };
}

function readManifests(path: string): K8sObject[] {
  const out: K8sObject[] = [];
  for (const doc of parseAllDocuments(readFileSync(path, 'utf8'), { strict: true })) {
    if (doc.errors.length > 0) throw new Error(`${path}: ${doc.errors[0]!.message}`);
    const value = doc.toJS() as K8sObject | null;
    if (value === null) continue;
    if (typeof value.apiVersion !== 'string' || typeof value.kind !== 'string' || typeof value.metadata?.name !== 'string') {
      throw new Error(`${path}: a manifest without apiVersion, kind or metadata.name`);
    }
    out.push(value);
  }
  return out;
}

const KUSTOMIZATION_FIELDS = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'replicas', 'patches']);
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'StorageClass', 'PersistentVolume']);

/** The objects `kubectl apply -k dir` would send, for the kustomization features used here. */
export function renderKustomization(dir: string): K8sObject[] {
  const file = join(dir, 'kustomization.yaml');
  const k = readYaml(file);
  if (k.apiVersion !== 'kustomize.config.k8s.io/v1beta1' || k.kind !== 'Kustomization') throw new Error(`${file}: not a kustomize.config.k8s.io/v1beta1 Kustomization`);
  for (const field of Object.keys(k)) if (!KUSTOMIZATION_FIELDS.has(field)) throw new Error(`${file}: field ${field} is not understood by this renderer`);

  const objects: K8sObject[] = [];
  for (const resource of asArray(k.resources, 'resources')) {
    const path = join(dir, String(resource));
    if (!existsSync(path)) throw new Error(`${file}: resource ${String(resource)} does not exist`);
    objects.push(...(statSync(path).isDirectory() ? renderKustomization(path) : readManifests(path)));
  }
  if (k.namespace !== undefined) {
    for (const o of objects) if (!CLUSTER_SCOPED.has(o.kind)) o.metadata.namespace = String(k.namespace);
  }
  for (const image of asArray(k.images, 'images') as JsonObject[]) {
    let matched = 0;
    for (const container of objects.flatMap(containersOf)) {
      const current = String(container.image);
      const name = current.replace(/[@:][^/]*$/, '');
      if (name !== image.name) continue;
      const tag = current.slice(name.length);
      container.image = `${String(image.newName ?? name)}${image.newTag !== undefined ? `:${String(image.newTag)}` : tag}`;
      matched++;
    }
    if (matched === 0) throw new Error(`${file}: images entry ${String(image.name)} matches no container`);
  }
  for (const r of asArray(k.replicas, 'replicas') as JsonObject[]) {
    const target = objects.find((o) => o.metadata.name === r.name && (o.kind === 'StatefulSet' || o.kind === 'Deployment'));
    if (target === undefined) throw new Error(`${file}: replicas entry ${String(r.name)} matches no workload`);
    (target.spec as JsonObject).replicas = Number(r.count);
  }
  for (const p of asArray(k.patches, 'patches') as JsonObject[]) {
    const t = p.target as JsonObject;
    const targets = objects.filter((o) => (t.kind === undefined || o.kind === t.kind) && (t.name === undefined || o.metadata.name === t.name));
    if (targets.length === 0) throw new Error(`${file}: a patch targets nothing (${JSON.stringify(t)})`);
    const ops = parseYaml(String(p.patch), { strict: true }) as JsonObject[];
    if (!Array.isArray(ops)) throw new Error(`${file}: only JSON 6902 patches (a list of operations) are supported`);
    for (const o of targets) for (const op of ops) applyJsonPatch(o, op);
  }
  return objects;
}

function asArray(value: Json | undefined, field: string): Json[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`kustomization ${field} must be a list`);
  return value;
}

/** The pod template's containers of a workload (none for other kinds). */
export function containersOf(o: K8sObject): JsonObject[] {
  const template = (o.spec as JsonObject | undefined)?.template as JsonObject | undefined;
  const pod = template?.spec as JsonObject | undefined;
  return [...((pod?.containers as JsonObject[] | undefined) ?? []), ...((pod?.initContainers as JsonObject[] | undefined) ?? [])];
}

/** RFC 6902 add, replace, remove and test, on paths that must exist (add: whose parent exists). */
export function applyJsonPatch(target: JsonObject, op: JsonObject): void {
  const path = String(op.path);
  if (!path.startsWith('/')) throw new Error(`bad JSON pointer ${path}`);
  const tokens = path.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = tokens.pop()!;
  let parent: Json = target;
  for (const token of tokens) {
    const next: Json | undefined = Array.isArray(parent) ? parent[Number(token)] : (parent as JsonObject | null)?.[token];
    if (next === undefined || next === null || typeof next !== 'object') throw new Error(`JSON patch path ${path} does not exist`);
    parent = next;
  }
  const container = parent as JsonObject | Json[];
  const exists = Array.isArray(container) ? Number(last) < container.length || last === '-' : last in container;
  switch (op.op) {
    case 'add':
      if (Array.isArray(container)) container.splice(last === '-' ? container.length : Number(last), 0, op.value!);
      else container[last] = op.value!;
      return;
    case 'replace':
      if (!exists) throw new Error(`JSON patch replace: ${path} does not exist`);
      if (Array.isArray(container)) container[Number(last)] = op.value!;
      else container[last] = op.value!;
      return;
    case 'remove':
      if (!exists) throw new Error(`JSON patch remove: ${path} does not exist`);
      if (Array.isArray(container)) container.splice(Number(last), 1);
      else delete container[last];
      return;
    case 'test': {
      const current = Array.isArray(container) ? container[Number(last)] : container[last];
      if (JSON.stringify(current) !== JSON.stringify(op.value)) throw new Error(`JSON patch test failed at ${path}`);
      return;
    }
    default:
      throw new Error(`JSON patch op ${String(op.op)} is not supported`);
  }
}

/**
 * Kubernetes' expansion of $(VAR) in env values, from variables defined earlier in the list
 * (unknown references stay as written, as the kubelet leaves them).
 */
export function expandPodEnv(env: JsonObject[], fieldValues: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of env) {
    const name = String(e.name);
    if (e.value !== undefined) {
      out[name] = String(e.value).replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (whole, ref: string) => out[ref] ?? whole);
    } else {
      const fieldPath = String(((e.valueFrom as JsonObject | undefined)?.fieldRef as JsonObject | undefined)?.fieldPath);
      const value = fieldValues[fieldPath];
      if (value === undefined) throw new Error(`env ${name}: no value for field ${fieldPath} in this test`);
      out[name] = value;
    }
  }
  return out;
}

// ------------------------------------------------------------------ the entrypoint, with a stub CLI

export interface CliCall {
  readonly argv: readonly string[];
  /** Every GREGOR_* variable the CLI was started with. */
  readonly env: Readonly<Record<string, string>>;
}

/**
 * Runs deploy/docker/entrypoint.sh under /bin/sh as the image does, but with a stub in place of
 * the CLI that records how it was called. `env` is the whole environment apart from PATH.
 */
export function runEntrypoint(env: Record<string, string>, args: readonly string[] = []): { status: number; stderr: string; calls: CliCall[]; appDir: string } {
  const appDir = mkdtempSync(join(tmpdir(), 'gregor-entrypoint-'));
  try {
    const log = join(appDir, 'calls.jsonl');
    mkdirSync(join(appDir, 'packages', 'cli', 'dist'), { recursive: true });
    writeFileSync(
      join(appDir, 'packages', 'cli', 'dist', 'bin.js'),
      `import { appendFileSync } from 'node:fs';\n` +
        `const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('GREGOR_')));\n` +
        `appendFileSync(process.env.STUB_LOG, JSON.stringify({ argv: process.argv.slice(2), env }) + '\\n');\n`,
    );
    writeFileSync(join(appDir, 'package.json'), '{"type":"module"}');
    mkdirSync(join(appDir, 'deploy', 'docker'), { recursive: true });
    copyFileSync(CONTAINER_PROPERTIES, join(appDir, 'deploy', 'docker', 'container.properties'));
    const result = spawnSync('/bin/sh', [ENTRYPOINT, ...args], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env, APP_DIR: env.APP_DIR ?? appDir, STUB_LOG: log },
      encoding: 'utf8',
      timeout: 20_000,
    });
    const calls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as CliCall) : [];
    return { status: result.status ?? -1, stderr: result.stderr, calls, appDir };
  } finally {
    rmSync(appDir, { recursive: true, force: true });
  }
}
