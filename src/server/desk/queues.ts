import type { AdminViewServerProps, Payload, PayloadRequest, Where } from 'payload'

import type { Queue } from '../../domain/desk/home'
import { idOf } from '../../domain/relations'
import { plainText, type LexicalDocument } from '../../domain/richtext/body'
import { measureText } from '../../domain/richtext/wordCount'
import type { WorkflowCollection } from '../../domain/workflow/table'
import { itemTitle } from '../../domain/workflow/title'
import { sourceChangesOf } from '../translations'

/** The publication's time zone, in which the admin's lists show times. */
export async function siteTimeZone(payload: Payload): Promise<string> {
  const site = await payload.findGlobal({ slug: 'site', depth: 0 })
  return (site as { timeZone?: string }).timeZone ?? 'UTC'
}

/** What every desk view starts from: who is looking, at what moment, and the zone the newsroom reads times in. */
export async function deskViewer(props: AdminViewServerProps) {
  const { payload, user } = props.initPageResult.req
  if (!user) return null
  return { payload, user, now: new Date(), timeZone: await siteTimeZone(payload) }
}

export type QueueRow = {
  collection: WorkflowCollection
  id: number | string
  title: string
  state: string
  updatedAt: string
  scheduledAt: string | null
  submitter: string | null
  section: string | null
  words: number | null
  /** A story's language, and for a translation whether its source's published text changed since. */
  language: string | null
  sourceChanged: boolean
}

type Doc = Record<string, unknown> & { id: number | string }

/**
 * Runs the desk's queues with the viewer's own access rights (a row is something its reader may open), then
 * names submitters and sections in one query each for all rows.
 */
export async function loadQueues(
  payload: Payload,
  user: NonNullable<PayloadRequest['user']>,
  queues: Queue[],
): Promise<{ queue: Queue; rows: QueueRow[] }[]> {
  const raw = await Promise.all(
    queues.map(async (queue) => {
      const found = await Promise.all(
        queue.collections.map(async (collection) => {
          const { docs } = await payload.find({
            collection,
            where: queue.where as Where,
            sort: queue.sort,
            limit: queue.limit,
            depth: 0,
            draft: true,
            user,
            overrideAccess: false,
          })
          return (docs as unknown as Doc[]).map((doc) => ({ collection, doc }))
        }),
      )
      const descending = queue.sort.startsWith('-')
      const key = queue.sort.replace(/^-/, '')
      const rows = found
        .flat()
        .sort((a, b) => {
          const order = String(a.doc[key] ?? '').localeCompare(String(b.doc[key] ?? ''))
          return descending ? -order : order
        })
        .slice(0, queue.limit)
      return { queue, rows }
    }),
  )
  const docs = raw.flatMap((q) => q.rows.map((r) => r.doc))
  const [names, sections] = await Promise.all([
    namesById(
      payload,
      'users',
      docs.map((d) => idOf(d.submittedBy) ?? idOf(d.createdBy)),
    ),
    namesById(
      payload,
      'sections',
      docs.map((d) => idOf(d.section)),
    ),
  ])
  // Only translations have a source to compare with: their sources and the revisions they came from, in two reads.
  const sourceChanges = await sourceChangesOf(
    payload,
    docs.filter((d) => d.translatedFrom) as { id: number | string; translatedFrom?: string | null }[],
  )
  return raw.map(({ queue, rows }) => ({
    queue,
    rows: rows.map(({ collection, doc }) => ({
      collection,
      id: doc.id,
      title: itemTitle(doc, 120),
      state: String(doc.workflowState ?? 'draft'),
      updatedAt: String(doc.updatedAt ?? ''),
      scheduledAt: (doc.scheduledAt as string | null) ?? null,
      submitter: names.get(String(idOf(doc.submittedBy) ?? idOf(doc.createdBy))) ?? null,
      section: sections.get(String(idOf(doc.section))) ?? null,
      words: collection === 'articles' ? measureText(plainText(doc.body as LexicalDocument)).words : null,
      language: collection === 'articles' ? ((doc.language as string | null) ?? null) : null,
      sourceChanged: collection === 'articles' && Boolean(sourceChanges.get(String(doc.id))?.changes.length),
    })),
  }))
}

/** Display names for ids; people's names are shown to colleagues, so they are read past per-user access. */
export async function namesById(
  payload: Payload,
  collection: 'users' | 'sections',
  ids: (number | string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is number | string => id !== null).map(String))]
  if (!wanted.length) return new Map()
  const { docs } = await payload.find({
    collection,
    where: { id: { in: wanted } },
    limit: wanted.length,
    depth: 0,
    overrideAccess: true,
    select: { name: true },
  })
  return new Map(docs.map((d) => [String(d.id), String(d.name ?? d.id)]))
}
