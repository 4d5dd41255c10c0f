import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { storyLanguage, translationGroupOf } from '../../domain/editions'
import { slugify } from '../../domain/slug'
import { groupMembers } from '../translations'
import { inTransaction } from '../transactions'

/** Storage steps shared by the importers: lookups, upserts keyed by import source, and undo for SQLite. */
export class ImportError extends Error {}

export type Upsertable = 'articles' | 'photos' | 'captions' | 'related-links'

export async function findUser(payload: Payload, email: string) {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new ImportError(`No staff account with the email ${email}.`)
  return { ...docs[0], collection: 'users' as const }
}

export async function findSection(payload: Payload, slug: string) {
  const { docs } = await payload.find({ collection: 'sections', where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new ImportError(`No section with the slug "${slug}".`)
  return docs[0]
}

export async function findBySource(payload: Payload, req: PayloadRequest, collection: Upsertable, source: string) {
  const { docs } = await payload.find({
    collection,
    where: { importSource: { equals: source } },
    limit: 1,
    depth: 0,
    draft: true,
    req,
  })
  return docs[0] as { id: number | string } | undefined
}

export type Created = { collection: Upsertable | 'tags'; id: number | string }[]

export async function findOrCreateTag(payload: Payload, req: PayloadRequest, name: string, created: Created) {
  const slug = slugify(name)
  const { docs } = await payload.find({
    collection: 'tags',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    req,
  })
  if (docs[0]) return docs[0].id
  const tag = await payload.create({ collection: 'tags', data: { name, slug }, req })
  created.push({ collection: 'tags', id: tag.id })
  return tag.id
}

export function upserter(payload: Payload, req: PayloadRequest, created: Created) {
  return async (
    collection: Upsertable,
    source: string,
    data: Record<string, unknown>,
    onCreate: Record<string, unknown> = {},
  ) => {
    const found = await findBySource(payload, req, collection, source)
    if (found) {
      return (await payload.update({ collection, id: found.id, data: data as never, draft: true, depth: 0, req })) as {
        id: number | string
      }
    }
    const doc = (await payload.create({
      collection,
      data: { ...data, ...onCreate, importSource: source } as never,
      depth: 0,
      req,
    })) as {
      id: number | string
    }
    created.push({ collection, id: doc.id })
    return doc
  }
}

/** Without database transactions (SQLite) a failed import deletes what it had created, newest first. */
export async function undoCreated(payload: Payload, created: Created) {
  for (const { collection, id } of [...created].reverse()) {
    await payload.delete({ collection, id, overrideAccess: true }).catch((err: unknown) => {
      payload.logger.error({ err, msg: `Could not undo ${collection} ${String(id)} after a failed import` })
    })
  }
}

export type ImportFailure = { source: string; ok: false; error: string }
export type ImportWrites = { req: PayloadRequest; upsert: ReturnType<typeof upserter>; created: Created }

/**
 * An importer's writes as `asEmail`'s user, all or nothing: one transaction where the database has them, else what
 * was created is deleted again. A failure is reported, never thrown.
 */
export async function runImport<T>(
  payload: Payload,
  options: { source: string; asEmail?: string },
  work: (writes: ImportWrites) => Promise<T>,
): Promise<T | ImportFailure> {
  const created: Created = []
  try {
    const user = options.asEmail ? await findUser(payload, options.asEmail) : null
    const req = await createLocalReq({ user: user ?? undefined }, payload)
    return await inTransaction(
      req,
      () => work({ req, upsert: upserter(payload, req, created), created }),
      () => undoCreated(payload, created),
    )
  } catch (error) {
    const reason =
      error instanceof ImportError
        ? error.message
        : `Import failed and nothing was saved: ${String((error as Error).message)}`
    return { source: options.source, ok: false, error: reason }
  }
}

/**
 * The fields that put an imported story into its source's translation group: refused when the source does not
 * exist, is in the same language, or its group already has another story in this language.
 */
export async function translationLink(
  payload: Payload,
  req: PayloadRequest,
  sourceId: string | number,
  language: string,
  self: string | number | undefined,
) {
  const source = await payload.findByID({
    collection: 'articles',
    id: sourceId,
    draft: true,
    depth: 0,
    req,
    disableErrors: true,
  })
  if (!source) throw new ImportError(`No story with id ${String(sourceId).slice(0, 40)} to translate from.`)
  const site = await payload.findGlobal({ slug: 'site', depth: 0, req })
  const group = translationGroupOf(source)
  const docs = await groupMembers(payload, group, req)
  const taken = docs.find((d) => String(d.id) !== String(self) && storyLanguage(d, site.language ?? 'en') === language)
  if (taken)
    throw new ImportError(
      `Story ${String(sourceId)} already has a "${language}" edition: "${taken.headline}" (article ${taken.id}).`,
    )
  return {
    translationGroup: group,
    translatedFrom: String(source.id),
    translatedFromRevision: source.updatedAt,
  }
}
