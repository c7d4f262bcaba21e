# The API server and the Explorer page. The server runs its TypeScript through tsx (a runtime dependency), so only
# the page needs a build: stage one builds web/dist, stage two is production dependencies + sources + the page.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/ scripts/
COPY schema/ schema/
COPY web/ web/
# The root install's postinstall (scripts/build-web.mjs) installs web/'s own dependencies and builds web/dist.
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim
# LadybugDB's native binding (the embedded backend, used when NEO4J_URI is unset) links libssl.so.3.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl3 ca-certificates \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
ENV NODE_ENV=production \
    PORT=4000 \
    GRAPH_DATA_DIR=/app/.data/graph

COPY package.json package-lock.json ./
COPY scripts/ scripts/
RUN EXPLORER_SKIP_BUILD=1 npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY tsconfig.json ./
COPY src/ src/
COPY cypher/ cypher/
COPY data/ data/
COPY schema/ schema/
COPY examples/ examples/
COPY --from=web /app/web/dist/ web/dist/
COPY --from=web /app/web/src/gql/persisted-documents.json web/src/gql/

# The code stays root-owned and read-only to the server; only the embedded store's directory is writable.
RUN mkdir -p /app/.data/graph && chown -R node:node /app/.data
USER node

EXPOSE 4000
# Node itself as PID 1 (not npm) so SIGTERM reaches the server's graceful shutdown.
CMD ["node", "--import", "tsx", "src/server.ts"]
