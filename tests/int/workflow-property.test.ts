import { beforeAll, describe, expect, it } from 'vitest'

import {
  ACTIONS,
  type Action,
  allowedActions,
  WORKFLOW_COLLECTIONS,
  type WorkflowCollection,
} from '@/domain/workflow/table'
import type { User } from '@/payload-types'
import { REFUSAL_STATUS } from '@/domain/refusals'
import { refusalCode } from '@/server/errors'
import { transition } from '@/server/workflow/transition'
import { workflowFacts } from '@/domain/workflow/request'

import { makeUser, payload, withPayload } from './helpers'
import { seededRandom } from '../random'

/**
 * Random actions by random users on all four collections. After every step: anonymous readers see exactly the
 * items whose last publication change was an allowed publish, the live version changed only through a publish,
 * and the audit trail holds exactly one event per transition that succeeded. Reproduce a failure with
 * WORKFLOW_PROPERTY_SEED=<seed printed below>.
 */
const STEPS = Number(process.env.WORKFLOW_PROPERTY_STEPS ?? 1500)
// CI walks one pinned path (a failure there is reproducible by anyone); local runs explore a new one each time.
const SEED = Number(
  process.env.WORKFLOW_PROPERTY_SEED ?? (process.env.CI ? 20261129 : Math.floor(Math.random() * 2 ** 31)),
)
/** Refusals the table cannot foresee: they depend on other items (an article's photos, captions, links). */
const RUNTIME_REFUSALS = ['bundle_not_ready']

const GOES_LIVE: Action[] = ['publish', 'publish_now']
const COMES_DOWN: Action[] = ['unpublish', 'archive', 'expire']

type Item = { collection: WorkflowCollection; id: number; live: boolean; liveTitle: string | null; draftTitle: string }

let users: User[]
const items: Item[] = []

const titleField: Record<WorkflowCollection, string> = {
  articles: 'headline',
  photos: 'alt',
  captions: 'text',
  'related-links': 'title',
}

withPayload()
beforeAll(async () => {
  await makeUser(payload, ['admin'], 'first-admin')
  users = [
    await makeUser(payload, ['writer'], 'w1'),
    await makeUser(payload, ['writer'], 'w2'),
    await makeUser(payload, ['editor'], 'e1'),
    await makeUser(payload, ['editor'], 'e2'),
    await makeUser(payload, ['photo_desk'], 'p1'),
    await makeUser(payload, ['photo_desk'], 'p2'),
    await makeUser(payload, ['admin'], 'a1'),
  ]
  const photo = await payload.create({ collection: 'photos', data: { alt: 'caption anchor' } })
  for (const collection of WORKFLOW_COLLECTIONS) {
    for (let i = 0; i < 3; i++) {
      const owner = users[i % 2 === 0 ? 0 : collection === 'photos' || collection === 'captions' ? 4 : 1]
      const title = `${collection} ${i} v0`
      const data: Record<string, unknown> = { [titleField[collection]]: title }
      if (collection === 'captions') data.photo = photo.id
      if (collection === 'related-links') data.url = `https://example.org/${i}`
      const doc = await payload.create({ collection, user: owner, overrideAccess: false, data: data as never })
      items.push({ collection, id: doc.id as number, live: false, liveTitle: null, draftTitle: title })
    }
  }
}, 120_000)

async function readerSees(item: Item) {
  const { docs } = await payload.find({
    collection: item.collection,
    where: { id: { equals: item.id } },
    overrideAccess: false,
    depth: 0,
  })
  return docs[0] as unknown as Record<string, unknown> | undefined
}

describe(`random workflow walk (seed ${SEED}, ${STEPS} steps)`, () => {
  it('keeps readers, live versions and the audit trail consistent', async () => {
    const random = seededRandom(SEED)
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
    let transitions = 0
    const log: string[] = []

    for (let step = 0; step < STEPS; step++) {
      const item = pick(items)
      const user = random() < 0.05 ? null : pick(users)
      const roll = random()
      if (roll < 0.7) {
        // Mostly an action the table offers this user now (so the walk goes deep), sometimes any action at all.
        let action = pick(ACTIONS)
        let offeredByTable = false
        if (user && random() < 0.6) {
          const doc = await payload.findByID({ collection: item.collection, id: item.id, draft: true, depth: 0 })
          const offered = allowedActions(workflowFacts(item.collection, doc as never, user, { fourEyes: true }))
          if (offered.length) {
            action = pick(offered)
            offeredByTable = true
          }
        }
        // What the table offers is offered with a note and a time, as the admin asks for them.
        const note = offeredByTable || random() < 0.8 ? 'a reason' : undefined
        const at = action === 'schedule' ? new Date(Date.now() + 3_600_000).toISOString() : undefined
        try {
          await transition(payload, { collection: item.collection, id: item.id, action, note, at, user })
          transitions++
          if (GOES_LIVE.includes(action)) {
            item.live = true
            item.liveTitle = item.draftTitle
          }
          if (COMES_DOWN.includes(action)) item.live = false
          log.push(`${step}: ${user?.name ?? 'scheduler'} ${action} ${item.collection}#${item.id} ✓`)
        } catch (error) {
          const code = refusalCode(error)
          // An action the table offered must succeed, but for what only other items can decide.
          if (offeredByTable)
            expect(RUNTIME_REFUSALS, `step ${step}: offered ${action} refused: ${String(error)}`).toContain(code)
          else expect(Object.keys(REFUSAL_STATUS), `step ${step}: unexpected ${String(error)}`).toContain(code)
        }
      } else if (roll < 0.9 && user) {
        // An edit: always a draft; the live version must not move.
        const title = `${item.collection} ${item.id} v${step}`
        try {
          await payload.update({
            collection: item.collection,
            id: item.id,
            user,
            overrideAccess: false,
            draft: true,
            data: { [titleField[item.collection]]: title } as never,
          })
          item.draftTitle = title
        } catch (error) {
          expect([403, 404], `step ${step}: edit failed with ${String(error)}`).toContain(
            (error as { status?: number }).status,
          )
        }
      } else if (user) {
        // A route around the workflow. Publishing by saving is always refused; the other two may only pass where
        // they change nothing (saving a never-published draft, "setting" the state it already has).
        const stateBefore = (
          (await payload.findByID({ collection: item.collection, id: item.id, draft: true, depth: 0 })) as {
            workflowState?: string
          }
        ).workflowState
        const kind = pick(['publish-by-save', 'unpublish-by-save', 'set-state'] as const)
        const attempt =
          kind === 'publish-by-save'
            ? payload.update({
                collection: item.collection,
                id: item.id,
                user,
                overrideAccess: false,
                data: { _status: 'published' } as never,
              })
            : kind === 'unpublish-by-save'
              ? payload.update({
                  collection: item.collection,
                  id: item.id,
                  user,
                  overrideAccess: false,
                  data: { _status: 'draft' } as never,
                })
              : payload.update({
                  collection: item.collection,
                  id: item.id,
                  user,
                  overrideAccess: false,
                  draft: true,
                  data: { workflowState: 'published' } as never,
                })
        const outcome = await attempt.then(
          () => 'passed',
          (e: { status?: number }) => e.status,
        )
        if (kind === 'publish-by-save' || (kind === 'unpublish-by-save' && item.live))
          expect(outcome, `step ${step}: ${kind}`).toBe(403)
        const stateAfter = (
          (await payload.findByID({ collection: item.collection, id: item.id, draft: true, depth: 0 })) as {
            workflowState?: string
          }
        ).workflowState
        expect(stateAfter, `step ${step}: ${kind} changed the workflow state`).toBe(stateBefore)
      }

      const seen = await readerSees(item)
      expect(
        Boolean(seen),
        `step ${step}: reader visibility of ${item.collection}#${item.id}\n${log.slice(-5).join('\n')}`,
      ).toBe(item.live)
      if (item.live)
        expect(seen?.[titleField[item.collection]], `step ${step}: live version moved without a publish`).toBe(
          item.liveTitle,
        )
    }

    const events = await payload.count({ collection: 'workflow-events' })
    expect(events.totalDocs).toBe(transitions)
    for (const item of items) expect(Boolean(await readerSees(item))).toBe(item.live)
    console.log(`workflow property walk: seed ${SEED}, ${STEPS} steps, ${transitions} transitions`)
  }, 600_000)
})
