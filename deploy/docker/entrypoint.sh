#!/bin/sh
# Entry point of the Gregor image. Configuration comes from a server.properties file
# (CONFIG_FILE, default /etc/gregor/server.properties, else the image's container.properties)
# and from GREGOR_* environment variables, which the broker maps to config keys itself
# (GREGOR_CONTROLLER_QUORUM_VOTERS -> controller.quorum.voters) and which win over the file.
#
# The script only derives what a static manifest cannot say, then execs the CLI (so the broker is
# PID 1 and gets SIGTERM directly: its handler runs the controlled shutdown):
#   NODE_ID_ORDINAL_BASE=N       node.id = N + the ordinal ending the host name (StatefulSet pod
#                                gregor-2 -> 2 + N), unless GREGOR_NODE_ID is set.
#   PROCESS_ROLES_FROM_VOTERS=true
#                                process.roles = broker,controller when node.id is one of
#                                controller.quorum.voters, else broker (so scaling a StatefulSet
#                                past its voters adds broker-only nodes), unless GREGOR_PROCESS_ROLES
#                                is set.
#   cluster.id (GREGOR_CLUSTER_ID or in the file)
#                                `gregor storage format` runs before the broker starts: it writes
#                                meta.properties on first start and refuses a log directory that
#                                belongs to another cluster or node.
# Any other command runs the CLI with it: `docker run IMAGE topics list --bootstrap-server ...`.
set -eu

APP_DIR="${APP_DIR:-/opt/gregor}"
CLI="$APP_DIR/packages/cli/dist/bin.js"
if [ -z "${CONFIG_FILE:-}" ]; then
  CONFIG_FILE=/etc/gregor/server.properties
  [ -f "$CONFIG_FILE" ] || CONFIG_FILE="$APP_DIR/deploy/docker/container.properties"
fi
if [ ! -f "$CONFIG_FILE" ]; then
  echo "gregor-entrypoint: config file $CONFIG_FILE does not exist" >&2
  exit 1
fi

# The value of a config key as the broker will see it: the GREGOR_* variable first, then the file.
config_value() {
  eval "value=\${$2:-}"
  if [ -z "$value" ]; then
    key_pattern=$(printf '%s' "$1" | sed 's/\./\\./g')
    value=$(tr -d '\r' < "$CONFIG_FILE" | sed -n "s/^[[:space:]]*$key_pattern[[:space:]]*[=:][[:space:]]*//p" | tail -n 1 | sed 's/[[:space:]]*$//')
  fi
  printf '%s' "$value"
}

if [ -z "${GREGOR_NODE_ID:-}" ] && [ -n "${NODE_ID_ORDINAL_BASE:-}" ]; then
  host="${HOSTNAME:-$(hostname)}"
  ordinal="${host##*-}"
  case "$ordinal" in
    '' | *[!0-9]*)
      echo "gregor-entrypoint: NODE_ID_ORDINAL_BASE is set but host name '$host' does not end in -<ordinal>" >&2
      exit 1
      ;;
  esac
  GREGOR_NODE_ID=$((ordinal + NODE_ID_ORDINAL_BASE))
  export GREGOR_NODE_ID
fi

if [ -z "${GREGOR_PROCESS_ROLES:-}" ] && [ "${PROCESS_ROLES_FROM_VOTERS:-false}" = true ]; then
  node_id=$(config_value node.id GREGOR_NODE_ID)
  voters=$(config_value controller.quorum.voters GREGOR_CONTROLLER_QUORUM_VOTERS | tr -d ' ')
  case ",$voters," in
    *",$node_id@"*) GREGOR_PROCESS_ROLES=broker,controller ;;
    *) GREGOR_PROCESS_ROLES=broker ;;
  esac
  export GREGOR_PROCESS_ROLES
fi

if [ "$#" -eq 0 ]; then set -- broker start; fi
if [ "$1" = broker ] && [ "${2:-}" = start ]; then
  shift 2
  cluster_id=$(config_value cluster.id GREGOR_CLUSTER_ID)
  if [ -n "$cluster_id" ]; then
    node "$CLI" storage format --config "$CONFIG_FILE" --cluster-id "$cluster_id"
  fi
  # V8 flags of BROKER_NODE_FLAGS (packages/cli/src/node-flags.ts): no memory reducer, 64 MB initial heap.
  exec node --no-memory-reducer --initial-heap-size=64 "$CLI" broker start --config "$CONFIG_FILE" "$@"
fi
exec node "$CLI" "$@"
