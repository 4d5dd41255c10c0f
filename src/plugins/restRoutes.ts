import type { CollectionBeforeOperationHook, Endpoint, PayloadHandler, SanitizedConfig } from 'payload'

import { checkId } from '../domain/queries/rules'
import { guardQuery, idKindOf } from '../hooks/queryGuard'
import { refusal } from '../server/errors'

/**
 * Payload gives every collection and global the same REST routes, whether or not they apply, and answers the ones
 * that do not with a database error (500): the revision routes of anything without revisions (for any method, to
 * readers too), email verification where accounts are not verified, an id no database could hold on the
 * collections Payload adds itself (document locks, preferences, key-value store), and its migrations table's "no
 * routes" with a 501 naming the internal address. This runs on the
 * sanitized config, so it covers what Payload adds as well as ours, today's and later ones alike.
 */
export function answerRoutesThatDoNotApply(config: SanitizedConfig): SanitizedConfig {
  // Payload's Open Graph picture for admin pages: nothing links it (admin.meta.openGraph has no images), and it fails
  // drawing our logo outside the admin (an empty reply). Payload adds it only where no `GET /og` exists.
  if (Array.isArray(config.endpoints)) config.endpoints.push(notFound('/og', 'get', 'No such route.'))
  for (const collection of config.collections) {
    if (collection.endpoints === false) {
      // Payload's 501 "Cannot GET http://…" becomes its ordinary 404 "Route not found".
      collection.endpoints = []
      continue
    }
    if (!collection.versions) collection.endpoints = [...noRevisions('collection'), ...collection.endpoints]
    // Email verification's route is there whether or not the collection verifies (a database error when it does not).
    if (collection.auth && !collection.auth.verify)
      collection.endpoints = [
        notFound('/verify/:id', 'post', 'Accounts here are not verified by email.'),
        ...collection.endpoints,
      ]
    const hooks = (collection.hooks.beforeOperation ??= [])
    if (!hooks.includes(guardQuery)) hooks.unshift(refuseMalformedId)
  }
  for (const global of config.globals) {
    if (global.endpoints !== false && !global.versions)
      global.endpoints = [...noRevisions('global'), ...(global.endpoints ?? [])]
  }
  return config
}

const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const

function notFound(path: string, method: Endpoint['method'], message: string): Endpoint {
  const handler: PayloadHandler = () => Response.json({ errors: [{ message }] }, { status: 404 })
  return { path, method, handler }
}

function noRevisions(kind: 'collection' | 'global'): Endpoint[] {
  return ['/versions', '/versions/:id'].flatMap((path) =>
    METHODS.map((method) => notFound(path, method, `This ${kind} keeps no revisions.`)),
  )
}

/**
 * For the collections Payload adds, which our query guard does not cover (their own REST calls carry shapes of
 * Payload's): a document id that cannot be one (`/api/payload-locked-documents/me`) is a 400, not a database error.
 */
const refuseMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const { id, overrideAccess } = args as { id?: unknown; overrideAccess?: unknown }
  if (req.payloadAPI === 'local' || overrideAccess === true || id === undefined || id === null) return args
  const problem = checkId(id, idKindOf(req.payload))
  if (problem) throw refusal('invalid_request', problem)
  return args
}
