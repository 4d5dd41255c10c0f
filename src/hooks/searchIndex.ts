import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { followArticle, searchIndexOf } from '../server/search'

/** Search follows what is live: every write to an article, in its transaction (a draft save costs one key lookup). */
export const indexLiveArticle: CollectionAfterChangeHook = async ({ doc, req }) => {
  await followArticle(req, doc.id, doc._status === 'published')
  return doc
}

export const dropDeletedArticle: CollectionAfterDeleteHook = async ({ id, req }) => {
  await searchIndexOf(req.payload).remove(id, req)
}
