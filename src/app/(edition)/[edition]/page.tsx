import { notFound } from 'next/navigation'

import { getSite } from '@/server/queries'

import { editionNamed, ListingPage } from '../../(frontend)/ListingPage'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ edition: string }>; searchParams: Promise<{ page?: string }> }

/** An edition's front page: its published stories, newest first. */
export default async function EditionHome({ params, searchParams }: Props) {
  const [site, edition] = await Promise.all([getSite(), editionNamed((await params).edition)])
  if (!edition) notFound()
  return (
    <ListingPage
      title={`${site.name} · ${edition.name}`}
      basePath={`/${edition.code.toLowerCase()}`}
      listing={{ language: edition.code }}
      page={(await searchParams).page}
    />
  )
}
