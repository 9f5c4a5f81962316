/**
 * V8 flags a broker process runs with: a young generation of a fixed 16 MiB semi-space.
 *
 * With V8's default (a semi-space that starts at 1 MiB and grows to 16 MiB), a busy partition
 * leader could fall into back-to-back major collections: V8 sets the old generation's limit at
 * each mark-compact with room for one young-generation's worth of promotion, the young generation
 * then grows past that room, and V8 starts incremental marking at once, again and again (a
 * mark-compact every ~150 ms for seconds at 50 MB/s, measured with --trace-gc; each one paused
 * the leader and, through it, every acks=all producer: the 3-node p99 went from ~9 to ~20-40 ms).
 * A fixed size keeps the room constant. Costs ~15 MB of idle RSS.
 *
 * --min-semi-space-size is refused in NODE_OPTIONS, so launchers put these on node's command
 * line: `gregor dev`, the Docker entrypoint, the `gregor` bin's shebang and the bench scripts.
 */
export const BROKER_NODE_FLAGS: readonly string[] = ['--min-semi-space-size=16', '--max-semi-space-size=16'];
