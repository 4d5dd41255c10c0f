import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../domain/roles'
import { recoverInterrupted } from '../server/workflow/recovery'

const DAY = 24 * 60 * 60 * 1000

function since(req: PayloadRequest): Date | Response {
  const days = req.searchParams.get('days') ?? '30'
  if (!/^\d{1,4}$/.test(days) || Number(days) < 1)
    return Response.json(
      { errors: [{ message: '"days" must be a whole number of days from 1 to 9999.' }] },
      { status: 400 },
    )
  return new Date(Date.now() - Number(days) * DAY)
}

const handler =
  (repair: boolean): Endpoint['handler'] =>
  async (req) => {
    if (!hasRole(req.user, 'admin'))
      return Response.json(
        { errors: [{ message: 'Only an administrator can run the workflow recovery.' }] },
        { status: req.user ? 403 : 401 },
      )
    const from = since(req)
    if (from instanceof Response) return from
    return Response.json(await recoverInterrupted(req.payload, { since: from, repair }))
  }

/**
 * GET /api/workflow-recovery?days=30 — what interrupted transitions left (stuck items, bundle items live without
 * their article); POST repairs it. Administrators only. The same check runs at every boot.
 */
export const recoveryEndpoints: Endpoint[] = [
  { path: '/workflow-recovery', method: 'get', handler: handler(false) },
  { path: '/workflow-recovery', method: 'post', handler: handler(true) },
]
