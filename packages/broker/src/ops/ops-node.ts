import type { BrokerConfig } from '../config.js';
import type { BrokerState } from '../cluster/broker-lifecycle.js';
import type { ControllerNode } from '../cluster/controller-node.js';
import type { BrokerServices } from '../services/broker-services.js';

/**
 * What the operations endpoint reads from a node, at request time (the Broker implements it).
 * Everything is pulled when a probe or a scrape arrives, so no other component pushes metrics.
 */
export interface OpsNode {
  readonly config: BrokerConfig;
  readonly clusterId: string;
  /** True from the start of a stop (controlled shutdown) on. */
  readonly isStopping: boolean;
  /**
   * The broker role's lifecycle ('running' = registered and unfenced, which the controller grants
   * only once the broker has caught up with the metadata log); a standalone broker is 'running'
   * once it serves; null on a controller-only node.
   */
  readonly brokerState: BrokerState | null;
  /** The controller role, when this node is a voter of the metadata quorum. */
  readonly controllerNode: ControllerNode | null;
  /** The broker's services once it serves clients (null before, and on controller-only nodes). */
  readonly brokerServices: BrokerServices | null;
}

export interface ReadinessCheck {
  readonly ok: boolean;
  readonly detail: string;
}

export interface Readiness {
  readonly ready: boolean;
  readonly checks: Readonly<Record<string, ReadinessCheck>>;
}

/**
 * /readyz: a broker is ready when registered, unfenced and caught up with metadata (state
 * 'running'); a controller when its raft knows a leader (it is part of a quorum that can commit);
 * a combined node needs both. A node that began stopping is not ready, so a Kubernetes Service
 * stops sending it new clients while the controlled shutdown moves its leaderships away.
 */
export function readinessOf(node: OpsNode): Readiness {
  const checks: Record<string, ReadinessCheck> = {};
  checks.stopping = { ok: !node.isStopping, detail: node.isStopping ? 'shutting down' : 'no' };
  if (node.brokerState !== null) {
    checks.broker = { ok: node.brokerState === 'running', detail: node.brokerState };
  }
  const controller = node.controllerNode;
  if (controller !== null) {
    const leaderId = controller.leaderId;
    checks.controller = leaderId === null ? { ok: false, detail: 'no quorum leader known' } : { ok: true, detail: `quorum leader ${leaderId}` };
  } else if (node.config.processRoles.has('controller')) {
    checks.controller = { ok: false, detail: 'starting' };
  }
  return { ready: Object.values(checks).every((c) => c.ok), checks };
}
