import type { Endpoint } from 'payload'

/** GET /api/articles/:id/ninjs — the published article as IPTC ninjs 2.0; drafts and unknown ids answer 404. */
export const ninjsEndpoint: Endpoint = {
  path: '/:id/ninjs',
  method: 'get',
  handler: async (req) => {
    // Loaded per call: the public query door imports the Payload config, which imports this collection.
    const [{ articleById }, { ninjsForArticle }] = await Promise.all([import('../server/queries'), import('../server/ninjs')])
    const page = await articleById(String(req.routeParams?.id ?? ''))
    if (!page) return Response.json({ errors: [{ message: 'No published article with that id.' }] }, { status: 404 })
    return Response.json(await ninjsForArticle(page), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
  },
}
