import type { FieldHook, Payload, PayloadRequest } from 'payload'

import { isStaff } from '../../domain/roles'
import type { State } from '../../domain/workflow/table'
import { refusal } from '../errors'

/**
 * A photo's default caption is a Caption document (so articles can still carry captions of their own), but the
 * desk writes and reviews it on the photo's form: it is read into the photo's `defaultCaption` field, written back
 * on save, and moves through the workflow with the photo.
 */
type CaptionDoc = { id: number | string; text?: string | null; workflowState?: State | null; _status?: string | null }

const CAPTION_CONTEXT = 'masthead.defaultCaption'

/** The photo's default caption: the first one written for no particular article (the one the site prints). */
export async function findDefaultCaption(
  payload: Payload,
  photoId: number | string,
  req?: PayloadRequest,
): Promise<CaptionDoc | null> {
  const { docs } = await payload.find({
    collection: 'captions',
    where: { and: [{ photo: { equals: photoId } }, { article: { exists: false } }] },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
  })
  return (docs[0] as CaptionDoc | undefined) ?? null
}

/** Staff see the working text on a single photo; lists and readers get nothing (no query per row, no draft leak). */
export const readDefaultCaption: FieldHook = async ({ data, findMany, req }) => {
  if (findMany || !isStaff(req.user) || data?.id === undefined) return undefined
  return (await findDefaultCaption(req.payload, data.id as number | string, req))?.text ?? null
}

/** Keeps what the form sent for the caption until the photo is stored (a new photo has no id before that). */
export function holdDefaultCaption(req: PayloadRequest, data: Record<string, unknown>) {
  if (data.defaultCaption === undefined) return
  req.context[CAPTION_CONTEXT] = typeof data.defaultCaption === 'string' ? data.defaultCaption.trim() : ''
}

/**
 * Writes the held caption to the photo's default Caption document: created, changed (as a new working revision;
 * the live one stays until the photo is approved and published again) or, never published, removed.
 */
export async function storeDefaultCaption(
  req: PayloadRequest,
  photo: { id: number | string; credit?: string | null },
): Promise<void> {
  const text = req.context[CAPTION_CONTEXT] as string | undefined
  delete req.context[CAPTION_CONTEXT]
  if (text === undefined) return
  const current = await findDefaultCaption(req.payload, photo.id, req)
  if ((current?.text ?? '') === text) return
  const common = { req, overrideAccess: true, depth: 0 } as const
  if (!text) {
    if (!current) return
    if (current._status === 'published')
      throw refusal(
        'invalid_request',
        'This photo’s caption is live and cannot be left empty: write the new caption, or archive the caption under Captions.',
      )
    await req.payload.delete({ collection: 'captions', id: current.id, ...common })
    return
  }
  if (current)
    await req.payload.update({ collection: 'captions', id: current.id, data: { text }, draft: true, ...common })
  else
    await req.payload.create({
      collection: 'captions',
      data: { photo: photo.id as number, text, creditLine: photo.credit ?? null },
      draft: true,
      ...common,
    })
}

/**
 * One approval: a workflow step of the photo is a step of its default caption too (the caption the desk wrote
 * on the photo's form), recorded in the caption's own trail.
 */
export async function captionFollowsPhoto(
  req: PayloadRequest,
  photoId: number | string,
  to: State,
  publication: 'publish' | 'unpublish' | undefined,
  record: (caption: CaptionDoc & { workflowSeq?: number | null }, from: State) => Promise<unknown>,
): Promise<{ collection: 'captions'; id: number | string } | null> {
  const caption = await findDefaultCaption(req.payload, photoId, req)
  if (!caption) return null
  const from = (caption.workflowState ?? 'draft') as State
  if (from === to && !publication) return null
  await record(caption, from)
  await req.payload.update({
    collection: 'captions',
    id: caption.id,
    req,
    overrideAccess: true,
    depth: 0,
    draft: !publication,
    data: {
      workflowState: to,
      workflowSeq: Number((caption as { workflowSeq?: number | null }).workflowSeq ?? 0) + 1,
      ...(publication ? { _status: publication === 'publish' ? 'published' : 'draft' } : {}),
    },
  })
  return { collection: 'captions', id: caption.id }
}
