import { beforeAll, describe, expect, it } from 'vitest'

import { workflowFacts } from '@/domain/workflow/request'
import { type Action, allowedActions } from '@/domain/workflow/table'
import type { User } from '@/payload-types'
import { refusalCode } from '@/server/errors'
import { editionsOfRead, publishedEditions, translatedStories } from '@/server/queries/editions'
import { translateArticle } from '@/server/translations'

import { act, asReader, createAs, makeStaff, payload, withPayload } from './helpers'
import { seededRandom } from '../random'

/**
 * Random edits, autosaves and workflow actions on a story and its translation. After every step the other
 * edition is exactly as it was (state, working text, what readers see), and readers see of the acted-on edition
 * exactly its last published text. Reproduce a failure with EDITIONS_PROPERTY_SEED=<seed printed below>.
 */
const STEPS = Number(process.env.EDITIONS_PROPERTY_STEPS ?? 600)
const SEED = Number(
  process.env.EDITIONS_PROPERTY_SEED ?? (process.env.CI ? 20261130 : Math.floor(Math.random() * 2 ** 31)),
)
const ACTIONS: Action[] = ['submit', 'approve', 'publish', 'request_changes', 'unpublish', 'reopen', 'accept_edits']
/** Refusals a random walk runs into on purpose: wrong state, wrong person, four eyes, a stale copy. */
const EXPECTED_REFUSALS = ['wrong_state', 'not_permitted', 'four_eyes', 'needs_note', 'nothing_to_accept', 'conflict']

type Edition = { id: number; language: string; live: string | null }

let staff: User[]
const editions: Edition[] = []

withPayload()
beforeAll(async () => {
  const { writer, editor, editor2 } = await makeStaff('ed-')
  staff = [writer, editor, editor2]
  const source = await createAs(writer, 'articles', { headline: 'Source v0', deck: 'en' })
  const zh = await translateArticle(payload, { id: source.id, language: 'zh', user: writer })
  editions.push({ id: source.id, language: 'en', live: null }, { id: zh.id, language: 'zh', live: null })
}, 120_000)

/** Everything about an edition another edition's step must not touch. */
async function snapshot(edition: Edition) {
  const working = await payload.findByID({ collection: 'articles', id: edition.id, draft: true, depth: 0 })
  const live = await asReader(edition.id)
  return {
    state: working.workflowState,
    headline: working.headline,
    updatedAt: working.updatedAt,
    language: working.language,
    translationGroup: working.translationGroup ?? null,
    live: live?.headline ?? null,
  }
}

describe(`random walk over two editions (seed ${SEED}, ${STEPS} steps)`, () => {
  it('never lets one edition’s state or text change the other’s', async () => {
    const random = seededRandom(SEED)
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
    const done: Record<string, number> = {}
    for (let step = 0; step < STEPS; step++) {
      const edition = pick(editions)
      const other = editions.find((e) => e !== edition)!
      const before = await snapshot(other)
      const user = pick(staff)
      const roll = random()
      let what: string
      if (roll < 0.3) {
        // An edit, as a save or as the form's autosave, based on the revision the person has open.
        const current = await payload.findByID({ collection: 'articles', id: edition.id, draft: true, depth: 0 })
        const headline = `${edition.language} step ${step}`
        const autosave = random() < 0.5
        what = autosave ? 'autosave' : 'edit'
        await payload
          .update({
            collection: 'articles',
            id: edition.id,
            draft: true,
            autosave,
            user,
            overrideAccess: false,
            data: { headline, baseVersion: current.updatedAt } as never,
          })
          .catch((error: unknown) => {
            // A writer may not edit a colleague's story in review, for instance: a refusal, not a change.
            if (![403, 409, 412].includes((error as { status?: number }).status ?? 0)) throw error
          })
      } else {
        // Mostly an action the table offers this person now, so the walk reaches publication; sometimes any.
        const doc = await payload.findByID({ collection: 'articles', id: edition.id, draft: true, depth: 0 })
        const offered = allowedActions(workflowFacts('articles', doc as never, user, { fourEyes: true })).filter((a) =>
          ACTIONS.includes(a),
        )
        const forward = offered.filter((a) => a === 'submit' || a === 'approve' || a === 'publish')
        const action =
          forward.length && random() < 0.5
            ? pick(forward)
            : offered.length && random() < 0.7
              ? pick(offered)
              : pick(ACTIONS)
        what = action
        try {
          await act('articles', edition.id, action, user, { note: 'a reason' })
          if (action === 'publish') edition.live = (await snapshot(edition)).headline
          if (action === 'unpublish') edition.live = null
        } catch (error) {
          const code = refusalCode(error)
          if (!code || !EXPECTED_REFUSALS.includes(code)) throw error
          what = `${action} refused (${code})`
        }
      }
      done[what] = (done[what] ?? 0) + 1
      expect(await snapshot(other), `step ${step}: ${what} on ${edition.language}`).toEqual(before)
      expect((await asReader(edition.id))?.headline ?? null, `step ${step}: readers of ${edition.language}`).toBe(
        edition.live,
      )
      // Reader pages skip the group query for stories in no translation group: the same editions either way.
      const live = await Promise.all(editions.map((e) => asReader(e.id)))
      const read = live.filter((doc): doc is NonNullable<typeof doc> => Boolean(doc))
      const ids = read.map((doc) => doc.id)
      expect(
        await editionsOfRead(payload, read, 'en', await translatedStories(payload)),
        `step ${step}: editions of what readers see`,
      ).toEqual(await publishedEditions(payload, ids, 'en'))
    }
    // The walk went deep enough to mean something: both editions were published and edited many times.
    expect(done.publish ?? 0, JSON.stringify(done)).toBeGreaterThan(10)
    expect((done.edit ?? 0) + (done.autosave ?? 0)).toBeGreaterThan(100)
  }, 600_000)
})
