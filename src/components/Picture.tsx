import type { Photo } from '@/payload-types'

type SizeName = keyof NonNullable<Photo['sizes']>

/** A responsive <img> from the photo's renditions; width/height are always set so nothing shifts on load. */
export function Picture({
  photo,
  sizes = '(min-width: 900px) 860px, 100vw',
  prefer = ['card', 'feature', 'hero'],
  priority = false,
}: {
  photo: Photo
  sizes?: string
  prefer?: SizeName[]
  priority?: boolean
}) {
  const renditions = prefer
    .map((name) => photo.sizes?.[name])
    .filter((s): s is NonNullable<typeof s> => Boolean(s?.url && s.width && s.height))
  const fallback = renditions[renditions.length - 1]
  const src = fallback?.url ?? photo.url ?? ''
  const width = fallback?.width ?? photo.width ?? undefined
  const height = fallback?.height ?? photo.height ?? undefined
  return (
    <img
      src={src}
      srcSet={renditions.map((r) => `${r.url} ${r.width}w`).join(', ') || undefined}
      sizes={renditions.length ? sizes : undefined}
      width={width}
      height={height}
      alt={photo.alt ?? ''}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
      fetchPriority={priority ? 'high' : undefined}
    />
  )
}
