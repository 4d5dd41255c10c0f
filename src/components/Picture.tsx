import type { Photo } from '@/payload-types'

type Sizes = NonNullable<Photo['sizes']>
type SizeName = keyof Sizes

const AVIF_OF: Partial<Record<SizeName, SizeName>> = { card: 'cardAvif', feature: 'featureAvif', hero: 'heroAvif' }

/**
 * A responsive picture from the photo's renditions: AVIF where the browser takes it, WebP otherwise.
 * Width and height are always set, so nothing shifts while it loads.
 */
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
  const pick = (names: (SizeName | undefined)[]) =>
    names
      .map((name) => (name ? photo.sizes?.[name] : undefined))
      .filter((s): s is NonNullable<Sizes[SizeName]> => Boolean(s?.url && s.width && s.height))
  const webp = pick(prefer)
  const avif = pick(prefer.map((name) => AVIF_OF[name]))
  const fallback = webp[webp.length - 1]
  const srcSet = (list: typeof webp) => list.map((r) => `${r.url} ${r.width}w`).join(', ')
  return (
    <picture>
      {avif.length > 0 && <source type="image/avif" srcSet={srcSet(avif)} sizes={sizes} />}
      <img
        src={fallback?.url ?? photo.url ?? ''}
        srcSet={webp.length ? srcSet(webp) : undefined}
        sizes={webp.length ? sizes : undefined}
        width={fallback?.width ?? photo.width ?? undefined}
        height={fallback?.height ?? photo.height ?? undefined}
        alt={photo.alt ?? ''}
        loading={priority ? 'eager' : 'lazy'}
        decoding="async"
        fetchPriority={priority ? 'high' : undefined}
      />
    </picture>
  )
}
