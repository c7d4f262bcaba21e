# The API server. It runs its TypeScript through tsx, a runtime dependency, so there is no build stage: the
# production dependencies plus the sources are the image.
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
RUN npm ci --omit=dev && npm cache clean --force

COPY tsconfig.json ./
COPY src/ src/
COPY cypher/ cypher/
COPY data/ data/
COPY schema/ schema/

# The code stays root-owned and read-only to the server; only the embedded store's directory is writable.
RUN mkdir -p /app/.data/graph && chown -R node:node /app/.data
USER node

EXPOSE 4000
# Node itself as PID 1 (not npm) so SIGTERM reaches the server's graceful shutdown.
CMD ["node", "--import", "tsx", "src/server.ts"]
