import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

/** A custom admin view in Payload's frame (navigation, header), with its title: what every Masthead view shares. */
export function AdminView({
  props,
  title,
  children,
}: {
  props: AdminViewServerProps
  title: string
  children: ReactNode
}) {
  const { initPageResult, params, searchParams } = props
  const { req, visibleEntities, permissions, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ marginTop: 24 }}>{title}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
