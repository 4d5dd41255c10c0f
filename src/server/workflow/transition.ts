import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { articleBundle } from '../../domain/workflow/bundle'
import { idOf, sameId } from '../../domain/relations'
import type { Actor } from '../../domain/roles'
import { workflowFacts } from '../../domain/workflow/request'
import {
  type Action,
  ACTION_LABELS,
  decide,
  type State,
  STATE_LABELS,
  type WorkflowCollection,
} from '../../domain/workflow/table'
import { itemTitle } from '../../domain/workflow/title'
import type { Revision } from '../../domain/concurrency'
import { assertBasedOnCurrent } from '../../hooks/versionCheck'
import { captionFollowsPhoto } from '../photos/defaultCaption'
import { WORKFLOW_CONTEXT } from '../../hooks/workflowGuard'
import { refusal } from '../errors'
import { inTransaction } from '../transactions'
import { notifyTransition } from './notify'
import { onPublicationChange } from './publication'

export type TransitionInput = {
  collection: WorkflowCollection
  id: number | string
  action: Action
  note?: string | null
  /** schedule: when to publish. */
  at?: string | Date | null
  /** schedule: when to take the item down again (embargoed or time-limited items). */
  until?: string | Date | null
  /** null = the scheduler. */
  user: PayloadRequest['user'] | null
  /** The version the actor saw (an ETag from If-Match, or a `baseVersion`): a stale one is refused. */
  ifMatch?: string | null
  baseVersion?: string | null
  /** The edit session (open form) the request came from, if it named one: see isStale. */
  session?: string | null
}

export type TransitionResult = {
  from: State
  to: State
  doc: Record<string, unknown>
  bundled: { collection: string; id: number | string }[]
}

type Doc = Record<string, unknown> & {
  id: number | string
  workflowState?: State
  workflowSeq?: number | null
  _status?: string
}

const toDate = (v: string | Date | null | undefined) => (v ? new Date(v) : null)
const isUniqueViolation = (e: unknown) =>
  /unique|duplicate key|E11000|already exists|must be unique/i.test(
    String((e as Error)?.message ?? e) + JSON.stringify((e as { data?: unknown })?.data ?? ''),
  )

/**
 * The one way a reviewed item changes workflow state or publication. REST, GraphQL, the admin's buttons and the
 * scheduler all call this. The audit event and the change commit together; a second transition from the same step
 * (two editors approving at once) fails on the event's unique key and gets a 409.
 */
export function transition(payload: Payload, input: TransitionInput): Promise<TransitionResult> {
  // Transitions of one item run one at a time in this process: the second of two simultaneous approvals then sees
  // the first one's result and is refused with a 409. Other items are not held up. Across processes the audit
  // event's unique key does the same.
  const key = `${input.collection}:${input.id}`
  const run = (lanes.get(key) ?? Promise.resolve()).then(() => runTransition(payload, input))
  const settled = run.then(
    () => undefined,
    () => undefined,
  )
  lanes.set(key, settled)
  void settled.then(() => lanes.get(key) === settled && lanes.delete(key))
  return run
}
const lanes = new Map<string, Promise<unknown>>()

async function runTransition(payload: Payload, input: TransitionInput): Promise<TransitionResult> {
  const { collection, id, action } = input
  const current = (await payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Doc | null
  if (!current) throw refusal('not_found', `No ${collection} item with id ${id}.`)
  // Approving or publishing what one has not seen is a lost update too.
  await assertBasedOnCurrent(payload, current as Revision, {
    ifMatch: input.ifMatch,
    base: input.baseVersion,
    writer: input.user?.id,
    session: input.session,
  })
  const from = (current.workflowState ?? 'draft') as State
  const site = await payload.findGlobal({ slug: 'site', depth: 0 })
  const at = toDate(input.at)
  const until = toDate(input.until)
  // Every door (REST, GraphQL, the scheduler) gets the same answer for a time that is not a time.
  for (const [name, value] of [
    ['at', at],
    ['until', until],
  ] as const) {
    if (value && Number.isNaN(value.getTime()))
      throw refusal(
        'invalid_request',
        `"${name}" is not a date and time; write it as ISO 8601, e.g. 2026-11-29T08:00:00+08:00.`,
      )
  }
  const decision = decide({
    ...workflowFacts(collection, current, input.user as Actor, site as { fourEyes?: boolean | null }),
    action,
    note: input.note,
    at,
  })
  if (!decision.ok) throw refusal(decision.code, decision.reason)
  if (until && (!at || until.getTime() <= at.getTime())) {
    throw refusal('invalid_request', 'The unpublish time ("until") must come after the publication time.')
  }
  const { transition: t, to } = decision

  const req = await createLocalReq({ user: input.user ?? undefined, context: { [WORKFLOW_CONTEXT]: true } }, payload)
  // Everything that can refuse is checked before anything is written.
  const bundle =
    t.publication === 'publish' && collection === 'articles' ? await checkBundle(payload, req, current) : []
  const bundled: TransitionResult['bundled'] = []
  const written: { collection: string; id: number | string }[] = []
  const write = async (): Promise<Doc> => {
    const seq = Number(current.workflowSeq ?? 0)
    const event = await recordEvent(payload, req, {
      collection,
      item: current,
      action,
      from,
      to,
      note: input.note?.trim() || null,
      summary: `${ACTION_LABELS[action]}: ${STATE_LABELS[from]} → ${STATE_LABELS[to]}`,
    })
    written.push({ collection: 'workflow-events', id: event.id })

    for (const item of bundle) {
      written.push(await publishWithArticle(payload, req, item, current))
      bundled.push({ collection: item.collection, id: item.doc.id })
    }

    const data: Record<string, unknown> = {
      workflowState: to,
      workflowSeq: seq + 1,
      workflowNote: input.note?.trim() || null,
    }
    if (action === 'submit') data.submittedBy = input.user?.id ?? null
    if (t.acceptsEdits) data.lastEditedBy = input.user?.id ?? null
    if (action === 'schedule') {
      data.scheduledAt = at!.toISOString()
      data.unpublishAt = until?.toISOString() ?? null
    }
    if (action === 'publish' || action === 'publish_now' || action === 'withdraw') data.scheduledAt = null
    if (t.publication === 'unpublish') data.unpublishAt = null
    if (t.publication) data._status = t.publication === 'publish' ? 'published' : 'draft'

    const doc = (await payload.update({
      collection,
      id,
      data,
      req,
      overrideAccess: true,
      depth: 0,
      // Without a publication change only the working revision moves; the live version stays as it is.
      draft: !t.publication,
    })) as unknown as Doc
    if (collection === 'photos') {
      const followed = await captionFollowsPhoto(req, id, to, t.publication, (caption, captionFrom) =>
        recordEvent(payload, req, {
          collection: 'captions',
          item: caption as Doc,
          action,
          from: captionFrom,
          to,
          note: `With photo ${id}`,
          summary: `${ACTION_LABELS[action]} (with photo): ${STATE_LABELS[captionFrom]} → ${STATE_LABELS[to]}`,
        }).then((e) => written.push({ collection: 'workflow-events', id: e.id })),
      )
      if (followed && t.publication) bundled.push(followed)
    }
    // Jobs and mail join the same transaction: they exist exactly when the transition does.
    await scheduleFollowUps(req, collection, id, action, at, until)
    await notifyTransition(req, {
      collection,
      doc: { ...current, ...doc },
      action,
      from,
      to,
      actor: input.user ?? null,
      note: input.note ?? null,
      key: String(event.transitionKey),
    })
    // The pages to refresh are written with the change: every web node (and the edges) hears of it once it commits.
    if (t.publication) await onPublicationChange(req, { collection, doc, change: t.publication, bundled })
    return doc
  }
  const doc = await inTransaction(req, write, () => compensate(payload, written)).catch((error: unknown) => {
    if (isUniqueViolation(error)) {
      throw refusal(
        'conflict',
        'Someone else changed this item’s workflow state a moment ago. Reload it and try again.',
      )
    }
    throw error
  })

  return { from, to, doc, bundled }
}

type BundleItem = { collection: 'photos' | 'captions' | 'related-links'; doc: Doc }

/**
 * An article goes live with what it shows. Approved photos, captions and links are published with it; anything
 * not yet approved stops the publication, named in the message. So does a photo with no approved caption to print
 * under it, unless the desk marked it "runs without a caption".
 */
async function checkBundle(payload: Payload, req: PayloadRequest, article: Doc): Promise<BundleItem[]> {
  const bundle = articleBundle(article as never)
  const missing: string[] = []
  const toPublish: BundleItem[] = []
  const loaded: BundleItem[] = []
  for (const collection of ['photos', 'captions', 'related-links'] as const) {
    for (const itemId of bundle[collection]) {
      const item = (await payload.findByID({
        collection,
        id: itemId,
        draft: true,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      })) as Doc | null
      if (!item) continue
      loaded.push({ collection, doc: item })
      const state = item.workflowState ?? 'draft'
      if (state === 'published') continue
      if (approvedOrLive(item)) toPublish.push({ collection, doc: item })
      else missing.push(`${collection.replace('-', ' ').replace(/s$/, '')} "${itemTitle(item)}" (${stateName(item)})`)
    }
  }
  // Captions the page prints without the article naming them: those written for this article must be approved
  // like the rest; an approved default caption goes live too.
  const captioned = new Set([
    ...loaded.filter((i) => i.collection === 'captions' && approvedOrLive(i.doc)).map((i) => String(idOf(i.doc.photo))),
    ...bundle.captionedHere.map(String),
  ])
  if (bundle.photos.length) {
    const { docs } = await payload.find({
      collection: 'captions',
      where: {
        and: [
          { photo: { in: bundle.photos } },
          { or: [{ article: { equals: article.id } }, { article: { exists: false } }] },
        ],
      },
      draft: true,
      depth: 0,
      limit: 200,
      overrideAccess: true,
      req,
    })
    for (const caption of docs as unknown as Doc[]) {
      if (bundle.captions.some((id) => sameId(id, caption.id))) continue
      if (approvedOrLive(caption)) {
        captioned.add(String(idOf(caption.photo)))
        if (caption.workflowState !== 'published') toPublish.push({ collection: 'captions', doc: caption })
      } else if (caption.article) missing.push(`caption "${itemTitle(caption)}" (${stateName(caption)})`)
    }
  }
  const uncaptioned = loaded
    .filter((i) => i.collection === 'photos' && !i.doc.runsWithoutCaption && !captioned.has(String(i.doc.id)))
    .map((i) => i.doc)
  if (uncaptioned.length) {
    // A caption that is live keeps printing while a newer text of it waits for review.
    const { docs: live } = await payload.find({
      collection: 'captions',
      where: {
        and: [
          { photo: { in: uncaptioned.map((p) => p.id) } },
          { article: { exists: false } },
          { _status: { equals: 'published' } },
        ],
      },
      depth: 0,
      limit: 200,
      overrideAccess: true,
      req,
    })
    for (const caption of live) captioned.add(String(idOf(caption.photo)))
  }
  for (const photo of uncaptioned) {
    if (captioned.has(String(photo.id))) continue
    missing.push(
      `photo "${itemTitle(photo)}" has no approved caption (approve its caption with the photo, or mark the photo “runs without a caption”)`,
    )
  }
  if (missing.length) {
    throw refusal(
      'bundle_not_ready',
      `This article shows items that are not approved yet: ${missing.join('; ')}. Approve them first.`,
    )
  }
  return toPublish
}

/** Approved or scheduled (goes live with the article), or live already (a newer draft does not take it down). */
const approvedOrLive = (item: Doc) =>
  ['approved', 'scheduled', 'published'].includes(item.workflowState ?? 'draft') || item._status === 'published'
const stateName = (item: Doc) => STATE_LABELS[(item.workflowState ?? 'draft') as State].toLowerCase()

async function publishWithArticle(
  payload: Payload,
  req: PayloadRequest,
  { collection, doc }: BundleItem,
  article: Doc,
) {
  const seq = Number(doc.workflowSeq ?? 0)
  const from = (doc.workflowState ?? 'approved') as State
  const event = await recordEvent(payload, req, {
    collection,
    item: doc,
    action: 'publish',
    from,
    to: 'published',
    note: `Published with article ${article.id}`,
    summary: `Publish (with article): ${STATE_LABELS[from]} → Published`,
  })
  await payload.update({
    collection,
    id: doc.id,
    req,
    overrideAccess: true,
    depth: 0,
    data: { _status: 'published', workflowState: 'published', workflowSeq: seq + 1, scheduledAt: null },
  })
  return { collection: 'workflow-events', id: event.id }
}

/**
 * One audit event per transition. Its key — collection, id and the item's step counter — is unique, so a second
 * transition from the same step cannot be recorded (the race loser's 409, also across processes).
 */
async function recordEvent(
  payload: Payload,
  req: PayloadRequest,
  e: { collection: string; item: Doc; action: Action; from: State; to: State; note: string | null; summary: string },
) {
  return payload.create({
    collection: 'workflow-events',
    req,
    overrideAccess: true,
    data: {
      itemCollection: e.collection as WorkflowCollection,
      itemId: String(e.item.id),
      itemTitle: itemTitle(e.item),
      action: e.action,
      from: e.from,
      to: e.to,
      actor: req.user?.id ?? null,
      note: e.note,
      at: new Date().toISOString(),
      summary: e.summary,
      transitionKey: `${e.collection}:${e.item.id}:${Number(e.item.workflowSeq ?? 0)}`,
    },
  })
}

/**
 * Without database transactions (a MongoDB that is not a replica set), a transition that fails half-way removes
 * the audit events it wrote, so the trail never records a transition that did not happen; a crash in between is
 * left to the recovery at the next start. Item updates come last, after every check.
 */
async function compensate(payload: Payload, written: { collection: string; id: number | string }[]) {
  for (const { collection, id } of written.reverse()) {
    await payload
      .delete({ collection: collection as 'workflow-events', id, overrideAccess: true })
      .catch((err: unknown) => {
        payload.logger.error({ err, msg: `Could not undo ${collection} ${String(id)} after a failed transition` })
      })
  }
}

/** Scheduled publish and unpublish run as jobs on Payload's queue. */
async function scheduleFollowUps(
  req: PayloadRequest,
  collection: WorkflowCollection,
  id: number | string,
  action: Action,
  at: Date | null,
  until: Date | null,
) {
  if (action === 'schedule' && at) {
    const queue = (job: 'publish' | 'expire', when: Date) =>
      req.payload.jobs.queue({
        task: 'workflowScheduled',
        input: { collection, id: String(id), action: job, at: when.toISOString() },
        waitUntil: when,
        req,
      })
    await queue('publish', at)
    if (until) await queue('expire', until)
  }
}
