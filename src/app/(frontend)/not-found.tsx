import { readerQueries } from '@/server/queries'
import { PageHead } from '@/site/head'
import { notFoundPage } from '@/site/routes'

export default async function NotFound() {
  const { head, body } = await notFoundPage(readerQueries)
  return (
    <>
      <PageHead head={head} />
      {body}
    </>
  )
}
