import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'

import { formatInZone, zoneLabel } from '@/domain/time'
import { idOf } from '@/domain/relations'
import { namesById, siteTimeZone } from '@/server/desk/queues'

import { StatusBadge } from './StatusBadge'
import { TableHead } from './TableHead'

type VersionRow = {
  id: number | string
  updatedAt: string
  autosave?: boolean | null
  version: { savedBy?: unknown; workflowState?: string | null; _status?: string | null }
}

/**
 * A reviewed item's history: when, who, and what state each revision was in, newest first; each opens Payload's
 * comparison and restore view.
 */
export async function Versions(props: DocumentViewServerProps) {
  const { req, collectionConfig, docID } = props.initPageResult
  if (!req.user || !collectionConfig || docID === undefined) return null
  const collection = collectionConfig.slug as 'articles'
  const [timeZone, found] = await Promise.all([
    siteTimeZone(req.payload),
    req.payload.findVersions({
      collection,
      where: { parent: { equals: docID } },
      sort: '-updatedAt',
      limit: 100,
      depth: 0,
      user: req.user,
      overrideAccess: false,
    }),
  ])
  const versions = found.docs as unknown as VersionRow[]
  const names = await namesById(
    req.payload,
    'users',
    versions.map((v) => idOf(v.version.savedBy)),
  )
  return (
    <Gutter>
      <p style={{ opacity: 0.7 }}>
        {found.totalDocs} revision{found.totalDocs === 1 ? '' : 's'} · times in {zoneLabel(timeZone)}
      </p>
      <table className="table" style={{ width: '100%' }} data-versions>
        <TableHead columns={['Saved', 'By', 'State', 'Kind', '']} />
        <tbody>
          {versions.map((v) => {
            const by = idOf(v.version.savedBy)
            return (
              <tr key={v.id} data-version={v.id}>
                <td>{formatInZone(v.updatedAt, timeZone)}</td>
                <td data-version-author>
                  {by === null ? 'Scheduler or import' : (names.get(String(by)) ?? `User ${by}`)}
                </td>
                <td>
                  <StatusBadge state={v.version.workflowState} />
                </td>
                <td style={{ opacity: 0.7 }}>
                  {v.version._status === 'published' ? 'Live version' : v.autosave ? 'Autosave' : 'Draft'}
                </td>
                <td>
                  <a href={`/admin/collections/${collection}/${docID}/versions/${v.id}`}>Compare / restore</a>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </Gutter>
  )
}
