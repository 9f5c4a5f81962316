#!/usr/bin/env node
// Makes a fresh checkout runnable with nothing but Node >= 20 and npm: installs the workspace
// with the pinned pnpm (through npx, so no global install is needed) and builds every package.
// Both steps are skipped when already up to date, so `npm start` and `npm test` stay quick.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpmVersion = '10.34.9';
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Gregor needs Node >= 20.19; this is ${process.version}.`);
  process.exit(1);
}

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

const marker = join(root, 'node_modules', '.modules.yaml');
const lock = join(root, 'pnpm-lock.yaml');
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  console.error('gregor: installing dependencies (pnpm install --frozen-lockfile)...');
  run('npx', ['--yes', `pnpm@${pnpmVersion}`, 'install', '--frozen-lockfile', '--reporter=append-only']);
}
console.error('gregor: building (tsc -b)...');
run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b']);
