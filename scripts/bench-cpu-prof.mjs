// Preload for a CPU profile of a process whose command line we do not control (the nodes of a
// DevCluster): `NODE_OPTIONS="--import=/abs/scripts/bench-cpu-prof.mjs" GREGOR_CPU_PROF_DIR=dir`.
// Node refuses --cpu-prof in NODE_OPTIONS, so this starts V8's sampling profiler through the
// inspector and writes <dir>/CPU.<pid>.cpuprofile (the same format) when the process exits.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const dir = process.env.GREGOR_CPU_PROF_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.start');
  process.once('exit', () => {
    // The in-process inspector answers synchronously, so this completes before the exit.
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(join(dir, `CPU.${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
