# Production image: Masthead's server (Next: admin + API + public site, behind the page cache) in one Node process.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund

FROM deps AS prod-deps
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The whole tree is type-checked first (next build skips it: `npm test` runs the same check once, not twice).
# The build loads the Payload config, which insists on a secret; the real one is given at run time.
RUN npx tsc --noEmit && PAYLOAD_SECRET=build-only-placeholder-secret-not-used npx next build && node scripts/after-next-build.mjs && node scripts/build-server.mjs

FROM node:20-bookworm-slim AS run
WORKDIR /app
# `npm start` applies .npmrc (--conditions=development: Lexical deadlocks Node 20's loader without it) and the heap limit.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 MEDIA_DIR=/app/media
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/.next ./.next
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/public ./public
COPY --chown=node:node package.json .npmrc next.config.mjs ./
# next.config.mjs and the page cache's own renderer send the same security headers, written down once here.
COPY --chown=node:node src/server/http/securityHeaders.mjs ./src/server/http/
RUN mkdir -p /app/media /app/data && chown -R node:node /app/media /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["npm", "start"]
