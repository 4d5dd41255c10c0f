import type { CollectionSlug, Field, FieldHook, Where } from 'payload'

import { hasRole } from '../domain/roles'
import { isDerivedSlug, isValidSlug, slugBase, slugify, uniqueSlug } from '../domain/slug'
import { lookAlikeProblem } from '../domain/text'
import { refusal } from '../server/errors'

/** An address mixing look-alike alphabets (Latin "o" beside Cyrillic "о") could impersonate a live story's. */
function refuseLookAlikes(slug: string, from: string) {
  const problem = lookAlikeProblem(slug)
  if (problem)
    throw refusal(
      'invalid_request',
      `The ${from} would make the address "${slug}": ${problem}. Write each word in one alphabet.`,
    )
}

/**
 * A unique, readable slug derived from `source` when left empty. Once a document has been published its slug
 * only changes when an editor renames it on purpose; the old slug is kept in `previousSlugs` for redirects.
 */
export function slugField(
  collection: CollectionSlug,
  source: string,
  options: { freezeOnPublish?: boolean } = {},
): Field[] {
  const ensureSlug: FieldHook = async ({ value, data, originalDoc: stored, operation, req }) => {
    // A new document (a duplicate included) has no stored slug to protect, whatever it was copied from.
    const originalDoc = operation === 'create' ? undefined : stored
    const requested = typeof value === 'string' ? value.trim() : ''
    const previous: string | undefined = originalDoc?.slug
    if (
      options.freezeOnPublish &&
      previous &&
      requested &&
      slugify(requested) !== previous &&
      originalDoc?.firstPublishedAt
    ) {
      if (!hasRole(req.user, 'editor') && req.user) {
        throw refusal('not_permitted', `The slug "${previous}" is live; only an editor can rename a published article.`)
      }
    }
    // Until a story is first published, a slug nobody typed follows its headline (a new story's slug is made
    // before it has one). The form sends the stored slug back unchanged with every save.
    const followsSource =
      options.freezeOnPublish &&
      previous &&
      !originalDoc?.firstPublishedAt &&
      (!requested || slugify(requested) === previous) &&
      isDerivedSlug(previous, originalDoc?.[source]) &&
      data?.[source] !== undefined &&
      slugBase(data[source]) !== slugBase(originalDoc?.[source])
    if (followsSource) return makeUnique(slugBase(data?.[source]))
    if (requested) {
      const normalised = slugify(requested)
      if (!isValidSlug(normalised)) {
        throw refusal('invalid_request', `"${requested}" cannot be used as a slug: use letters, digits and hyphens.`)
      }
      refuseLookAlikes(normalised, 'slug')
      return normalised
    }
    if (previous) return previous
    return makeUnique(slugBase(data?.[source]))

    async function makeUnique(base: string) {
      refuseLookAlikes(base, source)
      return uniqueSlug(base, async (candidate) => {
        // Taken too when it is another story's old address (it redirects there).
        const where: Where = options.freezeOnPublish
          ? { or: [{ slug: { equals: candidate } }, { previousSlugs: { in: [candidate] } }] }
          : { slug: { equals: candidate } }
        if (originalDoc?.id) where.id = { not_equals: originalDoc.id }
        const { totalDocs } = await req.payload.count({ collection, where, req, overrideAccess: true })
        return totalDocs > 0
      })
    }
  }

  const fields: Field[] = [
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Made from the headline, and follows it until you type your own or the story is published.',
      },
      // A copy gets its own address, made from its headline.
      hooks: { beforeValidate: [ensureSlug], beforeDuplicate: [() => null] },
    },
  ]
  if (options.freezeOnPublish) {
    fields.push({
      name: 'previousSlugs',
      type: 'text',
      hasMany: true,
      index: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Old addresses of this story; they redirect here.',
        condition: (d) => Boolean(d?.previousSlugs?.length),
      },
      access: { update: () => false, create: () => false },
      hooks: {
        // A copy is a new story: the original's old addresses stay the original's.
        beforeDuplicate: [() => null],
        // Runs after access control, so it is the server, not the client, that records a rename.
        beforeChange: [
          ({ originalDoc: stored, operation, siblingData }) => {
            const originalDoc = operation === 'create' ? undefined : stored
            const kept: string[] = originalDoc?.previousSlugs ?? []
            const renamed = originalDoc?.firstPublishedAt && originalDoc.slug && siblingData.slug !== originalDoc.slug
            return renamed ? [...new Set([...kept, originalDoc.slug as string])] : kept.length ? kept : null
          },
        ],
      },
    })
  }
  return fields
}
