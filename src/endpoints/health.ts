import type { Endpoint } from 'payload'

/** GET /api/health — 200 when the database answers, 503 with the reason when it does not. Never cached. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = Date.now()
    const headers = { 'Cache-Control': 'no-store' }
    try {
      await Promise.race([
        req.payload.count({ collection: 'sections', overrideAccess: true }),
        new Promise((_, reject) => setTimeout(() => reject(new Error('database did not answer within 3 s')), 3000)),
      ])
      return Response.json({ status: 'ok', database: 'ok', ms: Date.now() - started }, { headers })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Health check failed' })
      return Response.json({ status: 'error', database: (error as Error).message }, { status: 503, headers })
    }
  },
}
