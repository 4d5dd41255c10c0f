import type { Endpoint } from 'payload'

import { ninjsForArticle } from '../server/ninjs'
import { articleById } from '../server/queries/articlePage'
import { readSite } from '../server/queries/site'

/** GET /api/articles/:id/ninjs — the published article as IPTC ninjs 2.0; drafts and unknown ids answer 404. */
export const ninjsEndpoint: Endpoint = {
  path: '/:id/ninjs',
  method: 'get',
  handler: async (req) => {
    const page = await articleById(req.payload, String(req.routeParams?.id ?? ''))
    if (!page) return Response.json({ errors: [{ message: 'No published article with that id.' }] }, { status: 404 })
    return Response.json(await ninjsForArticle(req.payload, page, await readSite(req.payload)), {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    })
  },
}
