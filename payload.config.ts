import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { roles } from './src/access'
import { Articles } from './src/collections/Articles'
import { Captions } from './src/collections/Captions'
import { EditorialComments } from './src/collections/EditorialComments'
import { Photos } from './src/collections/Photos'
import { RelatedLinks } from './src/collections/RelatedLinks'
import { Sections } from './src/collections/Sections'
import { Tags } from './src/collections/Tags'
import { Users } from './src/collections/Users'
import { Notifications } from './src/collections/Notifications'
import { PagePurges } from './src/collections/PagePurges'
import { NO_DIFF } from './src/fields/internal'
import { WorkflowEvents } from './src/collections/WorkflowEvents'
import { hasRole } from './src/domain/roles'
import { deliverMailTask } from './src/jobs/deliverMail'
import { HOUSEKEEPING_QUEUE, sweepUntouchedStoriesTask } from './src/jobs/sweepUntouchedStories'
import { workflowScheduledTask } from './src/jobs/workflowScheduled'
import { healthEndpoint } from './src/endpoints/health'
import { recoveryEndpoints } from './src/endpoints/recovery'
import { answerClientErrors } from './src/hooks/clientErrors'
import { SITE_DEFAULTS } from './src/domain/site'
import { Site } from './src/globals/Site'
import { hardening } from './src/plugins/hardening'
import { answerRoutesThatDoNotApply } from './src/plugins/restRoutes'
import { accessQuery } from './src/server/graphql/access'
import { photoStorage } from './src/plugins/photoStorage'
import { databaseAdapter, migrateIfSqlite } from './src/server/db'
import { getEnv } from './src/server/env'
import { emailAdapter } from './src/server/mail'
import { OUTBOX_QUEUE } from './src/server/outbox'
import { workflowMutations } from './src/server/workflow/graphql'
import { sweepOrphanMedia } from './src/server/photos/orphans'
import { mediaStore } from './src/server/photos/store'
import { recoverInterrupted } from './src/server/workflow/recovery'
import { pageCacheBridge, shareReaderPayload } from './src/server/cache/bridge'
import { followPurgeLog } from './src/server/cache/purgeLog'
import { searchArticles } from './src/server/queries/search'
import { prepareSearchIndex } from './src/server/search'

const root = path.dirname(fileURLToPath(import.meta.url))
const env = getEnv()
// `@payloadcms/storage-s3` (and the cloud-storage plugin under it) exists at 3.90.1 only; every other Payload
// package is at 3.90.2 and package.json's overrides make the two plugins use that one Payload. Payload's own check
// (development only) refuses any skew at all; tests/unit/dependencies.test.ts checks the lock file instead: one
// copy of each package, all at one version but for those two.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

const config = buildConfig({
  secret: env.payloadSecret,
  serverURL: env.serverUrl,
  db: databaseAdapter(env),
  editor: lexicalEditor(),
  sharp,
  collections: [
    Articles,
    Photos,
    Captions,
    RelatedLinks,
    Sections,
    Tags,
    Users,
    WorkflowEvents,
    EditorialComments,
    Notifications,
    PagePurges,
  ],
  globals: [Site],
  endpoints: [healthEndpoint, ...recoveryEndpoints],
  admin: {
    user: Users.slug,
    avatar: 'default',
    meta: {
      titleSuffix: ' · Masthead',
      description: 'Masthead, the newsroom',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' }],
      // Payload's defaults name Payload ("Payload App") and link its generated picture in every admin page's head.
      openGraph: { siteName: 'Masthead', description: 'Masthead, the newsroom', images: [] },
    },
    // Times people enter (release, corrections) carry a zone, the publication's by default: a browser elsewhere
    // enters the newsroom's wall-clock time, which is what readers are shown.
    timezones: { defaultTimezone: SITE_DEFAULTS.timeZone },
    // Payload's own times (Last Modified, versions, list columns) are shown in the browser's zone: say which.
    dateFormat: 'MMMM do yyyy, h:mm a (O)',
    // The article's page design beside the editor, refreshed on every save; the preview route checks the login.
    livePreview: {
      collections: ['articles'],
      url: ({ data }) => (data?.id ? `/preview/articles/${data.id}` : '/'),
      breakpoints: [
        { name: 'mobile', label: 'Mobile', width: 390, height: 844 },
        { name: 'desktop', label: 'Desktop', width: 1280, height: 900 },
      ],
    },
    components: {
      graphics: { Logo: '@/components/admin/Brand#Logo', Icon: '@/components/admin/Brand#Icon' },
      providers: ['@/components/admin/BrowserZone#BrowserZone'],
      afterNavLinks: ['@/components/admin/ReviewQueueLink#ReviewQueueLink'],
      views: {
        dashboard: { Component: '@/components/admin/Home#Home' },
        reviewQueue: { Component: '@/components/admin/ReviewQueue#ReviewQueue', path: '/review' },
        photoDesk: { Component: '@/components/admin/PhotoDesk#PhotoDesk', path: '/photo-desk' },
        recovery: { Component: '@/components/admin/Recovery#Recovery', path: '/recovery' },
      },
    },
    importMap: {
      baseDir: path.resolve(root, 'src'),
      importMapFile: path.resolve(root, 'src/app/(payload)/admin/importMap.js'),
    },
  },
  typescript: { outputFile: path.resolve(root, 'src/payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true, queries: accessQuery, mutations: workflowMutations },
  email: emailAdapter(env),
  jobs: {
    tasks: [workflowScheduledTask, deliverMailTask, sweepUntouchedStoriesTask],
    // The web server runs the queue itself (every 5 s), so scheduled publication needs no external cron.
    // The outbox queue carries notification mail: sent at once after its commit, retried from here.
    autoRun: env.jobsAutorun
      ? [
          { cron: '*/5 * * * * *', queue: 'default', limit: 20 },
          { cron: '*/5 * * * * *', queue: OUTBOX_QUEUE, limit: 20 },
          // Scheduled housekeeping (the sweep of untouched stories): queued on its schedule, run here.
          { cron: '0 * * * * *', queue: HOUSEKEEPING_QUEUE, limit: 5 },
        ]
      : [],
    access: {
      queue: ({ req }) => hasRole(req.user, 'admin'),
      run: ({ req }) => hasRole(req.user, 'admin'),
      cancel: ({ req }) => hasRole(req.user, 'admin'),
    },
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      admin: { ...defaultJobsCollection.admin, hidden: false, group: 'Settings' },
      access: {
        ...defaultJobsCollection.access,
        read: ({ req }) => hasRole(req.user, 'admin', 'editor'),
        create: ({ req }) => hasRole(req.user, 'admin'),
        update: ({ req }) => hasRole(req.user, 'admin'),
        delete: ({ req }) => hasRole(req.user, 'admin'),
      },
    }),
  },
  plugins: [hardening, ...photoStorage(env.mediaStore)],
  hooks: { afterError: [answerClientErrors] },
  // Refusals are the caller's mistake, answered with a message: worth a line in the log, not a stack trace. Payload
  // logs every GraphQL error under the wrapper's name (GraphQLError), refusals included; the server's own failures
  // among them are logged with their stack by answerClientErrors.
  loggingLevels: { Refusal: 'info', QueryError: 'info', GraphQLError: 'info' } as never,
  telemetry: false,
  logger: { options: { level: env.logLevel } },
  onInit: async (payload) => {
    await migrateIfSqlite(payload, env)
    await prepareSearchIndex(payload)
    // A server that stopped mid-transition (before transactions, or on a MongoDB without them) left leftovers.
    await recoverInterrupted(payload, { since: new Date(Date.now() - 7 * 24 * 60 * 60 * 1000), repair: true }).catch(
      (err: unknown) => payload.logger.error({ err, msg: 'Workflow recovery at startup failed' }),
    )
    // Every web node follows the purge log: what another node or a jobs worker changed leaves this node's cache.
    if (env.isWebServer) {
      followPurgeLog(payload, (tags, mode) => pageCacheBridge()?.purge(tags, mode), {
        edges: env.edges,
        // An edge keeps a page for the page cache's maximum age (s-maxage): past that, a lost purge no longer matters.
        retryForMs: Math.max(env.server.pageCacheMaxAgeSeconds, 60) * 1000,
      })
    }
    // An upload killed before its commit left files without a row. Only the web server sweeps (a script started
    // beside it must not touch files it is committing); one SQLite server owns its media folder, while other nodes
    // sharing a database or a bucket may be mid-upload, so there only old files count.
    if (env.isWebServer) {
      const alone = env.database.kind === 'sqlite' && env.mediaStore.kind === 'local'
      await sweepOrphanMedia(payload, mediaStore(), {
        minAgeMs: alone ? 0 : 60 * 60 * 1000,
      }).catch((err: unknown) => payload.logger.error({ err, msg: 'Media sweep at startup failed' }))
    }
    // Ready: the page cache may now render reader pages itself through this instance (src/server/render/).
    if (env.isWebServer) shareReaderPayload(payload, searchArticles)
  },
})

/**
 * The newsroom's words in the editor: a quote set apart from the text is a pull quote. Set after Payload has merged
 * the editor features' own translations (which would overwrite it if given in the config).
 */
export default config.then((sanitized) => {
  const lexical = (sanitized.i18n.translations as { en?: { lexical?: { blockquote?: { label?: string } } } }).en
    ?.lexical
  if (lexical?.blockquote) lexical.blockquote.label = 'Pull quote'
  // Payload's own publication status repeats the workflow's Status in every version diff.
  for (const collection of sanitized.collections) {
    const status = collection.fields.find((f) => 'name' in f && f.name === '_status') as
      { admin?: { components?: Record<string, unknown> } } | undefined
    if (status) status.admin = { ...status.admin, components: { ...status.admin?.components, Diff: NO_DIFF } }
  }
  // Payload adds the scheduler's bookkeeping (when each schedule last queued its job) with "any logged-in user"
  // access: only the job runner (trusted code) and admins may touch it.
  const jobStats = sanitized.globals.find((g) => g.slug === 'payload-jobs-stats')
  if (jobStats) jobStats.access = { ...jobStats.access, read: roles('admin'), update: roles('admin') }
  return answerRoutesThatDoNotApply(sanitized)
})
