/**
 * V8 flags a broker process runs with: no memory reducer, and a 64 MB initial heap.
 *
 * A partition leader allocates little JavaScript heap per byte it moves (batches stay in Buffers),
 * so V8's memory reducer took it for an idle process with a small heap and kept starting
 * incremental marking to shrink it: a mark-compact every ~150 ms for as long as a 50 MB/s acks=all
 * load lasted (--trace-gc --trace-incremental-marking: "Start (task)" with the old generation at
 * 15 of 38 MB). Each one paused the leader and, through it, every acks=all producer: the 3-node
 * p99 at 50 MB/s was 12-20 ms; with these flags the leader does 0-2 mark-compacts per 4 s run and
 * the p99 is 5-8 ms (docs/performance.md). V8 refuses these at run time (v8.setFlagsFromString
 * comes after the heap is set up) and in NODE_OPTIONS, so launchers put them on node's command
 * line: `gregor dev`, the Docker entrypoint, the `gregor` bin's shebang and the bench scripts.
 * Idle RSS is unchanged within a few MB.
 */
export const BROKER_NODE_FLAGS: readonly string[] = ['--no-memory-reducer', '--initial-heap-size=64'];
