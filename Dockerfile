# syntax=docker/dockerfile:1
# Gregor's container image. Build: `docker build -t gregor .` (needs the npm registry and
# Debian's package mirrors). Run one standalone broker: `docker run -p 9092:9092 gregor`; a
# 3-node cluster: `docker compose up` (docker-compose.yml); Kubernetes: deploy/kubernetes.
#
# Stages: toolchain (Node, pnpm, a compiler for the native codecs) -> deps (production
# node_modules, native addons built) and build (TypeScript compiled) -> runtime (only dist,
# production node_modules and the entrypoint, running as the unprivileged `node` user).

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS toolchain
# lz4 and zstd-napi compile with node-gyp (snappy ships prebuilt binaries); node-gyp takes the
# headers of the image's own Node instead of downloading them.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
ENV npm_config_nodedir=/usr/local \
    CI=true
ARG PNPM_VERSION=10.34.9
RUN test -f /usr/local/include/node/node.h \
 && npm install -g "pnpm@${PNPM_VERSION}" \
 && pnpm --version
WORKDIR /src

# Only the manifests, so dependency layers are rebuilt when a package.json or the lockfile
# changes, not when source does (the copy below is identical until then, so it stays cached).
FROM toolchain AS manifests
COPY packages /tmp/packages
RUN mkdir -p /manifests/packages \
 && for manifest in /tmp/packages/*/package.json; do \
      name="$(basename "$(dirname "$manifest")")"; \
      mkdir -p "/manifests/packages/$name" && cp "$manifest" "/manifests/packages/$name/"; \
    done

FROM toolchain AS deps
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY --from=manifests /manifests/ ./
RUN pnpm install --frozen-lockfile --prod --reporter=append-only

FROM toolchain AS build
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY --from=manifests /manifests/ ./
# The compiler needs no native addon: skip their builds here.
RUN pnpm install --frozen-lockfile --ignore-scripts --reporter=append-only
COPY tsconfig.base.json tsconfig.json ./
COPY packages packages
RUN pnpm exec tsc -b \
 && for dist in packages/*/dist; do mkdir -p "/out/$(dirname "$dist")" && cp -R "$dist" "/out/$dist"; done

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /opt/gregor
COPY --from=deps /src/ ./
COPY --from=build /out/ ./
COPY deploy/docker/ deploy/docker/
RUN chmod 0755 deploy/docker/entrypoint.sh \
 && mkdir -p /var/lib/gregor /etc/gregor \
 && chown node:node /var/lib/gregor \
 && node packages/cli/dist/bin.js --version
# The official Node images' unprivileged user (uid 1000); Kubernetes runs it with fsGroup 1000.
USER node
VOLUME ["/var/lib/gregor"]
# 9092: Kafka clients; 9093: controller quorum; 8080: /healthz, /readyz, /metrics.
EXPOSE 9092 9093 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "/opt/gregor/deploy/docker/healthcheck.mjs", "/readyz"]
ENTRYPOINT ["/opt/gregor/deploy/docker/entrypoint.sh"]
CMD ["broker", "start"]
