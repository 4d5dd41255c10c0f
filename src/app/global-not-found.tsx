import { readerQueries } from '@/server/queries'
import { PageHead } from '@/site/head'
import { notFoundPage } from '@/site/routes'
import { SiteChrome } from '@/site/SiteChrome'

/**
 * An address no route matches (`/no-such-page`): the site's own 404 page. Next renders an empty document for it
 * otherwise, having several root layouts (the site's, its editions', Payload's).
 */
export default async function GlobalNotFound() {
  const [{ head, body }, site, sections] = await Promise.all([
    notFoundPage(readerQueries),
    readerQueries.getSite(),
    readerQueries.sections(),
  ])
  return (
    <SiteChrome site={site} sections={sections}>
      <PageHead head={head} />
      {body}
    </SiteChrome>
  )
}
