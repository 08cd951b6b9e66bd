# syntax=docker/dockerfile:1
# boundary-bot server image: Slack, Teams and the health endpoints on one port (3000).
# Build: docker build -t boundary-bot .   Run: see docs/operations.md and compose.yaml.
# Note: written and checked by reading only; the machine it was written on has no Docker
# engine, so this image has not been built there.

ARG NODE_VERSION=22

# --- compile: all dependencies (better-sqlite3 compiles when no prebuilt binary fits), then the
# server compiled to plain JavaScript (build/), then development packages removed.
FROM node:${NODE_VERSION}-bookworm-slim AS compile
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY adapters ./adapters
# The re-ranker's learned weights are trained here, once, into build/knowledge-model.bin.
COPY knowledge ./knowledge
RUN node src/cli/build.mjs --force \
 && npm prune --omit=dev --no-audit --no-fund

# --- runtime: production dependencies, the compiled server and the knowledge; runs as `node`.
FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    WEB_CONSOLE=off \
    SQLITE_PATH=/app/data/boundary-bot.sqlite
WORKDIR /app
COPY package.json ./
COPY --from=compile /app/node_modules ./node_modules
COPY --from=compile /app/build ./build
COPY knowledge ./knowledge
# The only writable place: the embedded SQLite database (mount a volume here).
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
USER node
EXPOSE 3000
# Alive = the HTTP server answers; /readyz (knowledge + database) is for load balancers.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself is PID 1 and gets SIGTERM: after a drain (SHUTDOWN_DRAIN_SECONDS, default 3 s:
# not ready, still answering) it stops accepting, finishes requests in flight, gives back
# unposted quiz claims and closes the database (within the drain + 5 s; Docker waits 10 s).
# --max-semi-space-size=4 keeps V8's young generation small (src/main.ts also switches V8 to
# --optimize-for-size once started). Measured with the Slack benchmark: 135-144 MB resident idle,
# 147-153 MB at the peak, instead of ~155 / ~320 MB; same answers.
# --no-regexp-tier-up compiles each pattern to machine code on its first use instead of first
# interpreting it: the crisis vocabularies (a few hundred phrases each) otherwise stay slow on long
# messages. Measured: crisis check p99 2.1 -> 1.0 ms, a whole answer p99 3.5-4.4 -> 2.7-2.8 ms,
# first answer 310 -> 100 ms (docs/operations.md). A command-line flag: set at run time, V8 crashed.
# NODE_COMPILE_CACHE (Node 22.1+) keeps compiled code between starts of the container.
ENV NODE_COMPILE_CACHE=/tmp/node-compile-cache
STOPSIGNAL SIGTERM
CMD ["node", "--max-semi-space-size=4", "--no-regexp-tier-up", "build/main.js"]
