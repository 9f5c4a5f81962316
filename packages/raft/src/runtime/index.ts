export { RaftServer, RaftServerError, type RaftServerOptions, type RaftStateMachine, type RaftLogger, type RaftServerErrorCode, type LoopContext } from './raft-server.js';
export { TcpTransport, FrameDecoder, type PeerAddress, type TcpTransportOptions, type TransportStats, type ForeignConnectionHandler } from './tcp-transport.js';
export { encodeMessage, decodeMessage, MessageDecodeError } from './codec.js';
export { PartitionLogStore, EntryBatchEncoder, decodeEntryBatch, METADATA_LOG_DIR, raftLogConfig, type LogStore } from './log-store.js';
export { SnapshotStore, encodeSnapshotFile, decodeSnapshotFile, snapshotFileName, SnapshotFileError } from './snapshot-store.js';
export { readQuorumState, writeQuorumState, QUORUM_STATE_FILE, QuorumStateFileError } from './quorum-state-file.js';
export { writeFileAtomicSync } from './files.js';
