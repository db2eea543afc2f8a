# syntax=docker/dockerfile:1
# skill-matcher: build with `docker build -t skill-matcher .`, run with
#   docker run -p 3000:3000 -v skill-matcher-data:/data skill-matcher
# or with PostgreSQL: docker compose -f docker/compose.yaml up --build

# --- build: compile TypeScript and the better-sqlite3 addon, then drop dev dependencies ---
FROM node:24-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# package-lock.json was written where the registry serves rollup's Linux builds only, so it lacks the other
# @rollup/rollup-<platform> entries and npm 11's `npm ci` may refuse it; then install from the same lock (.ci/run
# fails on any other mismatch).
RUN npm ci --no-audit --no-fund \
 || { echo "npm ci refused package-lock.json; installing from it with npm install --no-save" >&2 \
      && npm install --no-audit --no-fund --no-save; }
COPY tsconfig.json tsconfig.build.json ./
# src/http/public (the page at / and the <skill-fit-report> component) is copied into dist by the build.
COPY src ./src
# The build copies the taxonomy's JSON data files from src/ to dist/src/ with this script.
COPY scripts/copy-data.mjs ./scripts/copy-data.mjs
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# --- runtime: node_modules, dist and package.json only, as the unprivileged node user ---
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_URL=file:/data/skill-matcher.db
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
# Slim images have no curl: node's global fetch does the probe.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# server.ts handles SIGTERM (docker stop): in-flight requests finish, then the process exits.
CMD ["node", "dist/src/server.js"]
