/**
 * The renditions the site uses: WebP for every size, AVIF for the large ones, and a JPEG social card for the
 * platforms that still want one. Sizes that change the picture's shape are cut around the focal point.
 */
export type RenditionFormat = { format: 'webp' | 'avif' | 'jpeg'; options: Record<string, unknown> }
export type Rendition = { name: string; width: number; height: number; formatOptions: RenditionFormat }

const webp: RenditionFormat = { format: 'webp', options: { quality: 80 } }
// effort 2: AVIF's default effort costs several times the encode time for a few per cent of bytes.
const avif: RenditionFormat = { format: 'avif', options: { quality: 55, effort: 2 } }

export const RENDITIONS: Rendition[] = [
  { name: 'thumbnail', width: 320, height: 213, formatOptions: webp },
  { name: 'card', width: 640, height: 360, formatOptions: webp },
  { name: 'feature', width: 1024, height: 576, formatOptions: webp },
  { name: 'hero', width: 1600, height: 900, formatOptions: webp },
  { name: 'social', width: 1200, height: 630, formatOptions: webp },
  { name: 'cardAvif', width: 640, height: 360, formatOptions: avif },
  { name: 'featureAvif', width: 1024, height: 576, formatOptions: avif },
  { name: 'heroAvif', width: 1600, height: 900, formatOptions: avif },
  {
    name: 'socialJpeg',
    width: 1200,
    height: 630,
    formatOptions: { format: 'jpeg', options: { quality: 82, mozjpeg: true } },
  },
  // 4:3 and 1:1 crops for search engines' article markup (16:9 is the hero).
  { name: 'fourThree', width: 1200, height: 900, formatOptions: webp },
  { name: 'square', width: 1200, height: 1200, formatOptions: webp },
]
