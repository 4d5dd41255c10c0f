import type { AdminViewServerProps, Where } from 'payload'

import { WHOLE_LIST } from '@/domain/queries/rules'
import type { Photo } from '@/payload-types'

import { StatusBadge } from './StatusBadge'
import { AdminView } from './AdminView'
import { DeskSection } from './DeskSection'

/** /admin/photo-desk — pictures that need the desk's attention, with thumbnails, read with the viewer's rights. */
export async function PhotoDesk(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const { payload, user } = req
  if (!user) return null
  const photos = async (where: Where, sort = '-createdAt', limit = 24) =>
    (
      await payload.find({
        collection: 'photos',
        where,
        sort,
        limit,
        depth: 0,
        draft: true,
        user,
        overrideAccess: false,
      })
    ).docs as Photo[]

  const captioned = await payload.find({
    collection: 'captions',
    // Only a caption that is approved (or live) counts: a draft is not printed.
    where: {
      and: [
        { article: { exists: false } },
        {
          or: [{ workflowState: { in: ['approved', 'scheduled', 'published'] } }, { _status: { equals: 'published' } }],
        },
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    draft: true,
    user,
    overrideAccess: false,
    // Every captioned photo, to tell which are missing one: the ids alone.
    context: { [WHOLE_LIST]: true },
    select: { photo: true },
  })
  const withCaption = captioned.docs.map((c) => (typeof c.photo === 'object' ? c.photo.id : c.photo))
  const sections: { title: string; photos: Photo[] }[] = [
    { title: 'Missing alt text', photos: await photos({ or: [{ alt: { exists: false } }, { alt: { equals: '' } }] }) },
    {
      title: 'Missing an approved caption',
      photos: await photos({
        and: [
          { runsWithoutCaption: { not_equals: true } },
          ...(withCaption.length ? [{ id: { not_in: withCaption } }] : []),
        ],
      }),
    },
    { title: 'Image missing (imported)', photos: await photos({ needsImage: { equals: true } }) },
    { title: 'In review', photos: await photos({ workflowState: { equals: 'in_review' } }) },
    { title: 'Recently uploaded', photos: await photos({}, '-createdAt', 12) },
  ]
  return (
    <AdminView props={props} title="Photo desk">
      <p style={{ opacity: 0.7 }}>
        Upload a whole shoot at once from Photos → Create New → bulk upload; each file gets its own metadata.
      </p>
      {sections.map((section) => (
        <DeskSection key={section.title} title={section.title} count={section.photos.length}>
          <ul
            style={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
              gap: 16,
              listStyle: 'none',
              padding: 0,
            }}
          >
            {section.photos.map((p) => (
              <li key={p.id}>
                <a href={`/admin/collections/photos/${p.id}`} style={{ display: 'block', textDecoration: 'none' }}>
                  {p.sizes?.thumbnail?.url ? (
                    <img
                      src={p.sizes.thumbnail.url}
                      width={160}
                      height={107}
                      alt={p.alt ?? ''}
                      style={{ objectFit: 'cover', borderRadius: 4 }}
                    />
                  ) : (
                    <div
                      style={{
                        width: 160,
                        height: 107,
                        background: 'var(--theme-elevation-100)',
                        borderRadius: 4,
                        display: 'grid',
                        placeItems: 'center',
                        fontSize: 12,
                      }}
                    >
                      no image
                    </div>
                  )}
                  <div style={{ fontSize: 12, marginTop: 4 }}>{p.alt || p.filename || `Photo ${p.id}`}</div>
                </a>
                <StatusBadge state={(p as { workflowState?: string }).workflowState} />
              </li>
            ))}
          </ul>
        </DeskSection>
      ))}
    </AdminView>
  )
}
