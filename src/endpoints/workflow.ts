import type { Endpoint, Where } from 'payload'

import type { Actor } from '../domain/roles'
import { workflowFacts } from '../domain/workflow/request'
import {
  allowedActions,
  missingBeforeReview,
  missingFieldsBeforeReview,
  type ReviewFacts,
  type WorkflowCollection,
} from '../domain/workflow/table'
import { zoneLabel } from '../domain/time'
import { answeringRefusals, refusalResponse } from '../server/errors'
import { requestTransition } from '../server/workflow/door'
import { editSessionOf } from '../hooks/editSession'
import { readBody } from './readBody'

/**
 * POST /api/<collection>/:id/workflow  { action, note?, at?, until? } — the HTTP door to `transition`.
 * GET  /api/<collection>/:id/workflow  — state, the actions this user may take now, audit trail and comments.
 */
export function workflowEndpoints(collection: WorkflowCollection): Endpoint[] {
  return [
    {
      path: '/:id/workflow',
      method: 'post',
      handler: async (req) => {
        const body = await readBody(req)
        return answeringRefusals(async () => {
          const result = await requestTransition(req.payload, {
            input: body && { ...body, collection },
            id: req.routeParams?.id as string,
            user: req.user,
            ifMatch: req.headers.get('if-match'),
            session: editSessionOf(req),
          })
          return Response.json({ from: result.from, to: result.to, doc: result.doc, bundled: result.bundled })
        })
      },
    },
    {
      path: '/:id/workflow',
      method: 'get',
      handler: async (req) => {
        if (!req.user) return refusalResponse('login_required', 'Log in to see an item’s workflow.')
        const id = req.routeParams?.id as string
        const doc = await req.payload.findByID({
          collection,
          id,
          draft: true,
          depth: 0,
          user: req.user,
          overrideAccess: false,
          disableErrors: true,
        })
        if (!doc) return refusalResponse('not_found', `No ${collection} item with id ${id}.`)
        const site = await req.payload.findGlobal({ slug: 'site', depth: 0 })
        const d = doc as unknown as Record<string, unknown>
        const timeZone = (site as { timeZone?: string }).timeZone ?? 'UTC'
        const facts = workflowFacts(collection, d, req.user as Actor, site as { fourEyes?: boolean | null })
        const actions = allowedActions(facts)
        // Offered anyway, so that pressing them says (and the form shows) what is missing.
        const blockedByMissing = allowedActions({ ...facts, item: { ...facts.item, missing: [] } }).filter(
          (a) => !actions.includes(a),
        )
        const where: Where = { and: [{ itemCollection: { equals: collection } }, { itemId: { equals: String(id) } }] }
        const [events, comments] = await Promise.all([
          req.payload.find({
            collection: 'workflow-events',
            where,
            sort: '-at',
            limit: 100,
            depth: 1,
            user: req.user,
            overrideAccess: false,
          }),
          req.payload.find({
            collection: 'editorial-comments',
            where,
            sort: 'createdAt',
            limit: 200,
            depth: 1,
            user: req.user,
            overrideAccess: false,
          }),
        ])
        return Response.json({
          state: d.workflowState ?? 'draft',
          live: d._status === 'published' || Boolean(d.firstPublishedAt),
          scheduledAt: d.scheduledAt ?? null,
          unpublishAt: d.unpublishAt ?? null,
          actions,
          missing: missingBeforeReview(collection, d as ReviewFacts),
          missingFields: missingFieldsBeforeReview(collection, d as ReviewFacts),
          blockedByMissing,
          events: events.docs,
          comments: comments.docs,
          timeZone,
          zoneLabel: zoneLabel(timeZone),
          version: (d.updatedAt as string | undefined) ?? null,
        })
      },
    },
  ]
}
