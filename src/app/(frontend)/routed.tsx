import { notFound, permanentRedirect } from 'next/navigation'

import { PageHead } from '@/site/head'
import type { Routed } from '@/site/routes'

/** A reader route's answer as Next renders it: the page with its head, a permanent redirect, or a 404. */
export function nextPage(routed: Routed) {
  if (routed.kind === 'redirect') permanentRedirect(routed.to)
  if (routed.kind === 'not-found') notFound()
  return (
    <>
      <PageHead head={routed.head} />
      {routed.body}
    </>
  )
}
