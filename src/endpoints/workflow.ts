import type { Endpoint, PayloadRequest, Where } from 'payload'

import { ACTIONS, type Action, allowedActions, missingBeforeReview, missingFieldsBeforeReview, type ReviewFacts, type State, type WorkflowCollection } from '../domain/workflow/table'
import { zoneLabel } from '../domain/time'
import { isRefusal } from '../server/errors'
import { transition } from '../server/workflow/transition'

const refuse = (message: string, status: number) => Response.json({ errors: [{ message }] }, { status })

async function readBody(req: PayloadRequest): Promise<Record<string, unknown> | null> {
  try {
    const body = typeof req.json === 'function' ? await req.json() : req.data
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : null
  } catch {
    return null
  }
}

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
        if (!req.user) return refuse('Log in to change an item’s workflow state.', 401)
        const body = await readBody(req)
        if (!body) return refuse('Send a JSON body such as {"action": "submit"}.', 400)
        const { action, note, at, until, baseVersion } = body
        if (typeof action !== 'string' || !(ACTIONS as readonly string[]).includes(action)) {
          return refuse(`"action" must be one of: ${ACTIONS.join(', ')}.`, 400)
        }
        for (const [name, value] of Object.entries({ at, until })) {
          if (value !== undefined && value !== null && (typeof value !== 'string' || Number.isNaN(Date.parse(value)))) {
            return refuse(`"${name}" must be an ISO 8601 date-time, e.g. 2026-12-01T09:00:00Z.`, 400)
          }
        }
        if (note !== undefined && note !== null && typeof note !== 'string') return refuse('"note" must be text.', 400)
        if (baseVersion !== undefined && baseVersion !== null && typeof baseVersion !== 'string') return refuse('"baseVersion" must be the updatedAt of the version you saw.', 400)
        try {
          const result = await transition(req.payload, {
            collection,
            id: req.routeParams?.id as string,
            action: action as Action,
            note: note as string | undefined,
            at: at as string | undefined,
            until: until as string | undefined,
            user: req.user,
            ifMatch: req.headers.get('if-match'),
            baseVersion: baseVersion as string | undefined,
          })
          return Response.json({ from: result.from, to: result.to, doc: result.doc, bundled: result.bundled })
        } catch (error) {
          if (isRefusal(error)) return refuse(error.message, error.status)
          throw error
        }
      },
    },
    {
      path: '/:id/workflow',
      method: 'get',
      handler: async (req) => {
        if (!req.user) return refuse('Log in to see an item’s workflow.', 401)
        const id = req.routeParams?.id as string
        const doc = await req.payload
          .findByID({ collection, id, draft: true, depth: 0, user: req.user, overrideAccess: false, disableErrors: true })
        if (!doc) return refuse(`No ${collection} item with id ${id}.`, 404)
        const site = await req.payload.findGlobal({ slug: 'site', depth: 0 })
        const d = doc as unknown as Record<string, unknown>
        const timeZone = (site as { timeZone?: string }).timeZone ?? 'UTC'
        const facts = {
          collection,
          item: {
            state: (d.workflowState ?? 'draft') as State,
            createdBy: d.createdBy as number,
            submittedBy: d.submittedBy as number,
            lastEditedBy: d.lastEditedBy as number,
            missing: missingBeforeReview(collection, d as ReviewFacts),
          },
          actor: { id: req.user.id, roles: (req.user as { roles?: string[] }).roles ?? [] },
          now: new Date(),
          fourEyes: (site as { fourEyes?: boolean | null }).fourEyes !== false,
        }
        const actions = allowedActions(facts)
        // Offered anyway, so that pressing them says (and the form shows) what is missing.
        const blockedByMissing = allowedActions({ ...facts, item: { ...facts.item, missing: [] } }).filter((a) => !actions.includes(a))
        const where: Where = { and: [{ itemCollection: { equals: collection } }, { itemId: { equals: String(id) } }] }
        const [events, comments] = await Promise.all([
          req.payload.find({ collection: 'workflow-events', where, sort: '-at', limit: 100, depth: 1, user: req.user, overrideAccess: false }),
          req.payload.find({ collection: 'editorial-comments', where, sort: 'createdAt', limit: 200, depth: 1, user: req.user, overrideAccess: false }),
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
