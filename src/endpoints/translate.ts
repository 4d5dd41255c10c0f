import type { Endpoint } from 'payload'

import { answeringRefusals } from '../server/errors'
import { translateArticle, translationStatus } from '../server/translations'
import { readBody } from './readBody'

/** POST /api/articles/:id/translate {"language":"zh"} → 201 with the new draft translation. */
export const translateEndpoint: Endpoint = {
  path: '/:id/translate',
  method: 'post',
  handler: (req) =>
    answeringRefusals(async () => {
      const { language } = (await readBody(req)) ?? {}
      const doc = await translateArticle(req.payload, { id: req.routeParams?.id as string, language, user: req.user })
      return Response.json({ doc, message: 'Translation started as a draft.' }, { status: 201 })
    }),
}

/** GET /api/articles/:id/translation → the translation's source and what changed in it since (staff only). */
export const translationStatusEndpoint: Endpoint = {
  path: '/:id/translation',
  method: 'get',
  handler: (req) =>
    answeringRefusals(async () =>
      Response.json(await translationStatus(req.payload, req.routeParams?.id as string, req.user)),
    ),
}
