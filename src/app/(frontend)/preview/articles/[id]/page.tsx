import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'

import { ArticleView } from '@/components/ArticleView'
import { isStaff } from '@/domain/roles'
import { STATE_LABELS, type State } from '@/domain/workflow/table'
import { payloadInstance } from '@/server/payload'
import { articlePreview, getSite } from '@/server/queries'
import { PageHead, pageTitle } from '@/site/head'

// Checked on every request and never cached (see the Cache-Control header for /preview in next.config).
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }> }

/** Staff preview of an article's latest revision on the real page design: drafts, revisions of live stories, scheduled items. */
export default async function ArticlePreview({ params }: Props) {
  const { id } = await params
  const payload = await payloadInstance()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent(`/preview/articles/${id}`)}`)
  if (!isStaff(user)) notFound()
  const [site, page] = await Promise.all([getSite(), articlePreview(id, user)])
  if (!page) notFound()
  const state = ((page.article as { workflowState?: State }).workflowState ?? 'draft') as State
  return (
    <>
      <PageHead
        head={{ title: pageTitle(site, `Preview: ${page.article.headline}`), robots: 'noindex, nofollow', feeds: [] }}
      />
      <p className="preview-banner" role="status">
        Preview — {STATE_LABELS[state]}. Readers do not see this page.
      </p>
      <ArticleView page={page} site={site} preview />
    </>
  )
}
