import { createServerFeature } from '@payloadcms/richtext-lexical'

/** The editor turns "——" lines of copy into bullet items (see BulletLines.tsx). */
export const BulletLinesFeature = createServerFeature({
  feature: { ClientFeature: '@/components/admin/richtext/BulletLines#BulletLinesFeatureClient' },
  key: 'bulletLines',
})
