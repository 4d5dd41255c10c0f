import type { Endpoint } from 'payload'

import { isUntouchedStory, type StoryDraft } from '../domain/desk/newStory'
import { sameId } from '../domain/relations'
import { hasRole } from '../domain/roles'
import { refusalResponse } from '../server/errors'

/**
 * DELETE /api/articles/:id/untouched — the admin calls it when someone leaves a story they opened with "Create New"
 * and never wrote in. Only an untouched story goes, and only its creator (or an editor) may remove it; anything
 * written in it is refused with 409, so no work is ever lost this way.
 */
export const untouchedStoryEndpoint: Endpoint = {
  path: '/:id/untouched',
  method: 'delete',
  handler: async (req) => {
    if (!req.user) return refusalResponse('login_required', 'Log in to remove a story.')
    const id = req.routeParams?.id as string
    const doc = (await req.payload.findByID({
      collection: 'articles',
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })) as (StoryDraft & { createdBy?: unknown }) | null
    if (!doc) return refusalResponse('not_found', `No article with id ${id}.`)
    if (!sameId(doc.createdBy, req.user.id) && !hasRole(req.user, 'editor'))
      return refusalResponse('not_permitted', 'Only whoever started this story, or an editor, may remove it.')
    if (!isUntouchedStory(doc))
      return refusalResponse('conflict', 'This story has content; it is kept. Delete it from the list if it must go.')
    await req.payload.delete({ collection: 'articles', id, overrideAccess: true })
    return new Response(null, { status: 204 })
  },
}
