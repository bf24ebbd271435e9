# One image for every Workgraph service; docker-compose.yml picks the command per service.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.js scripts/
COPY prisma prisma
RUN npm ci --no-audit --no-fund
COPY . .
ENV NODE_ENV=production
USER node
