# One image for the four apps; each Deployment runs its own entry point:
#   node dist/apps/<app>/src/main.js            (serve)
#   node dist/apps/<app>/src/main.js --migrate-only
#   node dist/tools/provision.js                (topics, databases)
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Install scripts only matter for the local embedded PostgreSQL, which the image never runs.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps apps
COPY libs libs
COPY tools tools
COPY bench bench
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
USER node
ENTRYPOINT ["node"]
CMD ["dist/apps/gateway/src/main.js"]
