import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { outbox } from '@/server/mail'
import { afterCommitSettled as notificationsSettled } from '@/server/transactions'
import { bodyToLexical, lexicalToBody } from '@/domain/richtext/body'
import { articleById } from '@/server/queries/articlePage'

import {
  act,
  asReader,
  createAs,
  eventsOf,
  makeStaff,
  makeUser,
  payload,
  refusal,
  updateAs,
  withPayload,
} from './helpers'

let writer: User, editor: User, editor2: User, desk: User, admin: User

withPayload()
beforeAll(async () => {
  ;({ admin, writer, editor, editor2, desk } = await makeStaff())
})

const events = (id: number) => eventsOf('articles', id)

/** A photo the desk uploaded and a second desk member approved (four eyes). */
async function approvedPhoto(data: { alt: string; runsWithoutCaption?: boolean }) {
  const photo = await payload.create({ collection: 'photos', user: desk, overrideAccess: false, data })
  await act('photos', photo.id, 'submit', desk)
  await act('photos', photo.id, 'approve', await makeUser(payload, ['photo_desk'], 'desk-approver'))
  return photo
}

/** A story the writer submitted and an editor approved, ready to publish. */
async function approvedStory(data: Record<string, unknown> & { headline: string }) {
  const doc = await createAs(writer, 'articles', data as never)
  await act('articles', doc.id, 'submit', writer)
  await act('articles', doc.id, 'approve', editor)
  return doc
}

const draftBy = (user: User, headline: string) => createAs(user, 'articles', { headline, deck: 'First version' })

describe('the review loop', () => {
  it('a typo fixed by the editor during review needs no third person: the writer accepts it, the editor approves', async () => {
    const doc = await draftBy(writer, 'Typo in review')
    await act('articles', doc.id, 'submit', writer)
    await updateAs(editor, 'articles', doc.id, { deck: 'First version, typo fixed' }, { draft: true })
    expect((await refusal(() => act('articles', doc.id, 'approve', editor))).status).toBe(403)
    expect((await act('articles', doc.id, 'accept_edits', writer)).to).toBe('in_review')
    expect((await act('articles', doc.id, 'approve', editor)).to).toBe('approved')
    expect((await act('articles', doc.id, 'publish', editor)).to).toBe('published')
    expect((await asReader(doc.id))?.deck).toBe('First version, typo fixed')
    expect((await events(doc.id)).map((e) => e.action)).toEqual(['submit', 'accept_edits', 'approve', 'publish'])
  })

  it('a correction without its time is refused at submission, named, while the writer can fix it; a new one is dated now', async () => {
    const doc = await payload.create({
      collection: 'articles',
      user: writer,
      overrideAccess: false,
      draft: true,
      data: {
        headline: 'Correction without a date',
        corrections: [{ kind: 'correction', note: 'A name was misspelt.', at: null, at_tz: 'Asia/Shanghai' } as never],
      },
    })
    const refused = await refusal(() => act('articles', doc.id, 'submit', writer))
    expect(refused.status).toBe(400)
    expect(refused.message).toMatch(/Submit.*needs the date and time of correction 1/)
    const fixed = await updateAs(
      writer,
      'articles',
      doc.id,
      { corrections: [{ kind: 'correction', note: 'A name was misspelt.' }] },
      { draft: true },
    )
    expect(Date.parse(String(fixed.corrections?.[0]?.at))).toBeGreaterThan(Date.now() - 60_000)
    expect((await act('articles', doc.id, 'submit', writer)).to).toBe('in_review')
  })

  it('writer submits, editor requests changes, writer resubmits, a second editor approves and publishes', async () => {
    const doc = await draftBy(writer, 'Review loop story')
    expect(doc.workflowState).toBe('draft')
    await act('articles', doc.id, 'submit', writer)

    expect((await refusal(() => act('articles', doc.id, 'request_changes', editor))).message).toMatch(/needs a note/)
    await act('articles', doc.id, 'request_changes', editor, { note: 'Add a source for the figures.' })
    await updateAs(writer, 'articles', doc.id, { deck: 'Sourced version' }, { draft: true })
    await act('articles', doc.id, 'submit', writer)

    // The editor edits during review, so four-eyes hands the approval to a colleague.
    await updateAs(editor, 'articles', doc.id, { deck: 'Sourced, edited version' }, { draft: true })
    const fourEyes = await refusal(() => act('articles', doc.id, 'approve', editor))
    expect(fourEyes.status).toBe(403)
    await act('articles', doc.id, 'approve', editor2)
    expect(await asReader(doc.id)).toBeNull()
    await act('articles', doc.id, 'publish', editor2)

    const live = await asReader(doc.id)
    expect(live?.deck).toBe('Sourced, edited version')
    expect(live?._status).toBe('published')
    // The workflow's bookkeeping is the newsroom's: readers get the story, not its state or notes.
    expect(live && 'workflowState' in live).toBe(false)
    expect(
      (await payload.findByID({ collection: 'articles', id: doc.id, user: editor2, overrideAccess: false }))
        .workflowState,
    ).toBe('published')
    const trail = await events(doc.id)
    expect(trail.map((e) => `${e.action}:${e.from}>${e.to}`)).toEqual([
      'submit:draft>in_review',
      'request_changes:in_review>changes_requested',
      'submit:changes_requested>in_review',
      'approve:in_review>approved',
      'publish:approved>published',
    ])
    expect(trail[1].note).toBe('Add a source for the figures.')
  })

  it('a writer can neither approve nor publish, even their own story', async () => {
    const doc = await draftBy(writer, 'Writer tries')
    await act('articles', doc.id, 'submit', writer)
    expect((await refusal(() => act('articles', doc.id, 'approve', writer))).status).toBe(403)
    expect((await refusal(() => act('articles', doc.id, 'publish', writer))).status).toBe(409) // not approved: no publish from review
    expect((await refusal(() => act('articles', doc.id, 'publish_now', writer, { note: 'urgent' }))).status).toBe(403)
  })

  it('editing a live story makes a revision; readers keep the live version until the revision is published', async () => {
    const doc = await draftBy(writer, 'Live correction story')
    await act('articles', doc.id, 'submit', writer)
    await act('articles', doc.id, 'approve', editor)
    await act('articles', doc.id, 'publish', editor)

    await updateAs(writer, 'articles', doc.id, { deck: 'Corrected deck' }, { draft: true })
    expect((await asReader(doc.id))?.deck).toBe('First version')
    const working = await payload.findByID({
      collection: 'articles',
      id: doc.id,
      draft: true,
      user: writer,
      overrideAccess: false,
    })
    expect(working.workflowState).toBe('draft')

    await act('articles', doc.id, 'submit', writer)
    await act('articles', doc.id, 'approve', editor)
    expect((await asReader(doc.id))?.deck).toBe('First version')
    await act('articles', doc.id, 'publish', editor)
    expect((await asReader(doc.id))?.deck).toBe('Corrected deck')
  })

  it('unpublishing needs a reason and takes the story down at once; reopening starts a new draft', async () => {
    const doc = await draftBy(writer, 'To be taken down')
    await act('articles', doc.id, 'submit', writer)
    await act('articles', doc.id, 'approve', editor)
    await act('articles', doc.id, 'publish', editor)
    expect((await refusal(() => act('articles', doc.id, 'unpublish', editor))).status).toBe(400)
    await act('articles', doc.id, 'unpublish', editor, { note: 'Legal request' })
    expect(await asReader(doc.id)).toBeNull()
    await act('articles', doc.id, 'reopen', editor)
    const reopened = await payload.findByID({ collection: 'articles', id: doc.id, draft: true })
    expect(reopened.workflowState).toBe('draft')
    expect(await asReader(doc.id)).toBeNull()
  })

  it('an administrator can publish now, skipping review, only with a written reason, and it is audited', async () => {
    const doc = await draftBy(writer, 'Breaking news')
    expect((await refusal(() => act('articles', doc.id, 'publish_now', admin))).status).toBe(400)
    await act('articles', doc.id, 'publish_now', admin, { note: 'Earthquake: no time for review' })
    expect(await asReader(doc.id)).not.toBeNull()
    const trail = await events(doc.id)
    expect(trail.at(-1)).toMatchObject({ action: 'publish_now', note: 'Earthquake: no time for review' })
  })
})

describe('routes around the workflow are refused', () => {
  const refusedWith403 = async (fn: () => Promise<unknown>) => {
    const error = await refusal(fn)
    expect(error.status).toBe(403)
    return error
  }

  it('create as published, by anyone through the API', async () => {
    await refusedWith403(() => createAs(editor, 'articles', { headline: 'Straight to live', _status: 'published' }))
    await refusedWith403(() => createAs(admin, 'articles', { headline: 'Admin too', _status: 'published' }))
  })

  it('an update that sets _status or the workflow state', async () => {
    const doc = await draftBy(writer, 'Sneaky update')
    await refusedWith403(() => updateAs(editor, 'articles', doc.id, { _status: 'published' }))
    await refusedWith403(() =>
      updateAs(editor, 'articles', doc.id, { workflowState: 'approved' } as never, { draft: true }),
    )
    expect((await payload.findByID({ collection: 'articles', id: doc.id, draft: true })).workflowState).toBe('draft')
  })

  it('a bulk update that would publish, or write live documents', async () => {
    const doc = await draftBy(writer, 'Bulk target')
    for (const data of [{ _status: 'published' as const }, { deck: 'x' }]) {
      await refusedWith403(() =>
        payload.update({
          collection: 'articles',
          where: { id: { equals: doc.id } },
          user: editor,
          overrideAccess: false,
          data,
        }),
      )
    }
  })

  it('a database error while checking whether an item is live refuses the save (fails closed, not open)', async () => {
    const doc = await draftBy(writer, 'Live while the disk fails')
    await act('articles', doc.id, 'publish_now', admin, { note: 'setup' })
    const findByID = payload.findByID.bind(payload)
    payload.findByID = ((args: Parameters<typeof payload.findByID>[0]) => {
      if (args.collection === 'articles' && args.draft === false) return Promise.reject(new Error('disk I/O error'))
      return findByID(args)
    }) as typeof payload.findByID
    try {
      await expect(
        updateAs(editor, 'articles', doc.id, { deck: 'Overwritten while the check failed' }),
      ).rejects.toThrow()
    } finally {
      payload.findByID = findByID as typeof payload.findByID
    }
    expect((await asReader(doc.id))?.deck).toBe('First version')
  })

  it('saving over a live version, or unpublishing by saving', async () => {
    const doc = await draftBy(writer, 'Live and guarded')
    await act('articles', doc.id, 'publish_now', admin, { note: 'setup' })
    await refusedWith403(() => updateAs(editor, 'articles', doc.id, { deck: 'Overwritten live' }))
    await refusedWith403(() => updateAs(editor, 'articles', doc.id, { _status: 'draft' }))
    expect(await asReader(doc.id)).not.toBeNull()
  })

  it('restoring an old published version straight to live', async () => {
    const doc = await draftBy(writer, 'Restore target')
    await act('articles', doc.id, 'publish_now', admin, { note: 'setup' })
    const versions = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: doc.id } },
      sort: '-updatedAt',
    })
    const publishedVersion = versions.docs.find((v) => v.version._status === 'published')!
    await refusedWith403(() =>
      payload.restoreVersion({ collection: 'articles', id: publishedVersion.id, user: editor, overrideAccess: false }),
    )
  })

  it('a duplicate is always a fresh draft', async () => {
    const doc = await draftBy(writer, 'Original to copy')
    await act('articles', doc.id, 'publish_now', admin, { note: 'setup' })
    const copy = await payload.duplicate({ collection: 'articles', id: doc.id, user: editor, overrideAccess: false })
    expect(copy._status).toBe('draft')
    expect(copy.workflowState).toBe('draft')
    expect(await asReader(copy.id)).toBeNull()
  })

  it('the audit trail cannot be written, edited or deleted through the API', async () => {
    const doc = await draftBy(writer, 'Audited')
    await act('articles', doc.id, 'submit', writer)
    const [event] = await events(doc.id)
    await refusedWith403(() => updateAs(admin, 'workflow-events', event.id, { note: 'rewritten' }))
    await refusedWith403(() =>
      payload.delete({ collection: 'workflow-events', id: event.id, user: admin, overrideAccess: false }),
    )
    await refusedWith403(() =>
      payload.create({
        collection: 'workflow-events',
        user: admin,
        overrideAccess: false,
        data: {
          itemCollection: 'articles',
          itemId: String(doc.id),
          action: 'approve',
          from: 'in_review',
          to: 'approved',
          at: new Date().toISOString(),
          transitionKey: 'forged',
        },
      }),
    )
  })

  it('jobs cannot be queued through the API by staff', async () => {
    await refusedWith403(() =>
      payload.create({
        collection: 'payload-jobs',
        user: editor,
        overrideAccess: false,
        data: {
          taskSlug: 'workflowScheduled',
          input: { collection: 'articles', id: '1', action: 'publish', at: new Date().toISOString() },
        } as never,
      }),
    )
  })
})

describe('bundles, races, schedules and mail', () => {
  it('an article cannot go live with an unapproved photo; with it approved, both go live together', async () => {
    const photo = await createAs(desk, 'photos', { alt: 'Harbour at dawn', defaultCaption: 'Boats come home at dawn.' })
    const doc = await createAs(writer, 'articles', { headline: 'Harbour story', hero: { photo: photo.id } })
    await act('articles', doc.id, 'submit', writer)
    await act('articles', doc.id, 'approve', editor)
    const blocked = await refusal(() => act('articles', doc.id, 'publish', editor))
    expect(blocked.status).toBe(409)
    expect(blocked.message).toMatch(/photo "Harbour at dawn" \(draft\)/)
    expect(await asReader(doc.id)).toBeNull()

    await act('photos', photo.id, 'submit', desk)
    await act('photos', photo.id, 'approve', await makeUser(payload, ['photo_desk'], 'desk-two'))
    const caption = (
      await payload.find({ collection: 'captions', where: { photo: { equals: photo.id } }, draft: true })
    ).docs[0]!
    expect(caption.workflowState).toBe('approved') // approved with its photo, one approval
    const published = await act('articles', doc.id, 'publish', editor)
    expect(published.bundled).toEqual([
      { collection: 'photos', id: photo.id },
      { collection: 'captions', id: caption.id },
    ])
    const readerPhoto = await payload.find({
      collection: 'photos',
      where: { id: { equals: photo.id } },
      overrideAccess: false,
    })
    expect(readerPhoto.docs).toHaveLength(1)
    const readerCaption = await payload.find({
      collection: 'captions',
      where: { photo: { equals: photo.id } },
      overrideAccess: false,
    })
    expect(readerCaption.docs.map((c) => c.text)).toEqual(['Boats come home at dawn.'])
  })

  it('a story whose photo has no approved caption is refused, naming the photo, unless the desk chose none', async () => {
    const photo = await approvedPhoto({ alt: 'Quay at night' })
    const doc = await approvedStory({ headline: 'Quay story', hero: { photo: photo.id } })
    const uncaptioned = await refusal(() => act('articles', doc.id, 'publish', editor))
    expect(uncaptioned.data?.code).toBe('bundle_not_ready')
    expect(uncaptioned.message).toContain('photo "Quay at night" has no approved caption')

    // A caption written on the photo's form is a draft until the photo is approved again.
    await updateAs(desk, 'photos', photo.id, { defaultCaption: 'The quay after dark.' })
    const stillDraft = await refusal(() => act('articles', doc.id, 'publish', editor))
    expect(stillDraft.message).toContain('photo "Quay at night" (in review)')
    expect(stillDraft.message).toContain('has no approved caption')

    await act('photos', photo.id, 'approve', await makeUser(payload, ['photo_desk'], 'desk-reapprover'))
    await act('articles', doc.id, 'publish', editor)
    expect(await asReader(doc.id)).not.toBeNull()
  })

  it('a caption typed in the story is the photo’s caption there, approved with the story', async () => {
    const photo = await approvedPhoto({ alt: 'Lantern market' })
    const doc = await approvedStory({
      headline: 'Lantern story',
      body: bodyToLexical([
        { kind: 'paragraph', text: 'The market opened.' },
        { kind: 'photo', photo: photo.id, captionText: 'Lanterns go up before the festival.' },
      ]),
    })
    await act('articles', doc.id, 'publish', editor)
    // Published although the photo has no caption of its own: the story's text is its caption, and readers get it.
    const page = await articleById(payload, doc.id)
    const figure = lexicalToBody(page!.article.body as never).find((el) => el.kind === 'photo')
    expect(figure).toMatchObject({ photo: photo.id, captionText: 'Lanterns go up before the festival.' })
    expect(page!.captionFor(photo.id, null, figure?.kind === 'photo' ? figure.captionText : null)?.text).toBe(
      'Lanterns go up before the festival.',
    )
  })

  it('a photo the desk marked "runs without a caption" goes live with no caption', async () => {
    const photo = await approvedPhoto({ alt: 'Empty pier', runsWithoutCaption: true })
    const doc = await approvedStory({ headline: 'Pier story', hero: { photo: photo.id } })
    expect((await act('articles', doc.id, 'publish', editor)).bundled).toEqual([{ collection: 'photos', id: photo.id }])
    expect(await asReader(doc.id)).not.toBeNull()
  })

  it('two editors approving at the same moment: one wins, the other gets 409, one event is recorded', async () => {
    const doc = await draftBy(writer, 'Race story')
    await act('articles', doc.id, 'submit', writer)
    const results = await Promise.allSettled([
      act('articles', doc.id, 'approve', editor),
      act('articles', doc.id, 'approve', editor2),
    ])
    const statuses = results.map((r) => (r.status === 'fulfilled' ? 200 : (r.reason as { status?: number }).status))
    expect(statuses.sort()).toEqual([200, 409])
    const approvals = (await events(doc.id)).filter((e) => e.action === 'approve')
    expect(approvals).toHaveLength(1)
  })

  it('a scheduled story goes live when its job runs, and comes down at its unpublish time', async () => {
    const doc = await draftBy(writer, 'Embargoed story')
    await act('articles', doc.id, 'submit', writer)
    await act('articles', doc.id, 'approve', editor)
    const at = new Date(Date.now() + 1500)
    const until = new Date(Date.now() + 3000)
    await act('articles', doc.id, 'schedule', editor, { at: at.toISOString(), until: until.toISOString() })
    await payload.jobs.run()
    expect(await asReader(doc.id)).toBeNull() // not yet

    await new Promise((r) => setTimeout(r, at.getTime() - Date.now() + 200))
    await payload.jobs.run()
    expect((await asReader(doc.id))?._status).toBe('published')

    await new Promise((r) => setTimeout(r, until.getTime() - Date.now() + 200))
    await payload.jobs.run()
    expect(await asReader(doc.id)).toBeNull()
    const trail = (await events(doc.id)).map((e) => [e.action, e.actor ?? null])
    expect(trail.slice(-2)).toEqual([
      ['publish', null],
      ['expire', null],
    ])
  })

  it('a withdrawn schedule does not fire', async () => {
    const doc = await draftBy(writer, 'Withdrawn schedule')
    await act('articles', doc.id, 'submit', writer)
    await act('articles', doc.id, 'approve', editor)
    const at = new Date(Date.now() + 800)
    await act('articles', doc.id, 'schedule', editor, { at: at.toISOString() })
    await act('articles', doc.id, 'withdraw', editor)
    await new Promise((r) => setTimeout(r, 1000))
    await payload.jobs.run()
    expect(await asReader(doc.id)).toBeNull()
    expect((await payload.findByID({ collection: 'articles', id: doc.id, draft: true })).workflowState).toBe('approved')
  })

  it('mails editors about a submission and the submitter about approval and requested changes', async () => {
    outbox.length = 0
    const doc = await draftBy(writer, 'Mail story')
    await act('articles', doc.id, 'submit', writer)
    await notificationsSettled()
    const toEditors = outbox.find((m) => /In review/.test(String(m.subject)))
    expect(String(toEditors?.to)).toContain(editor.email)
    expect(String(toEditors?.to)).not.toContain(writer.email)
    await act('articles', doc.id, 'request_changes', editor, { note: 'Shorter, please' })
    await notificationsSettled()
    const toWriter = outbox.find((m) => /Changes requested/.test(String(m.subject)))
    expect(toWriter?.to).toBe(writer.email)
    expect(String(toWriter?.text)).toContain('Shorter, please')
  })

  it('a transition does not wait for the mail server (a hung one included)', async () => {
    const send = payload.sendEmail
    let hung = 0
    const hangUps: ((error: Error) => void)[] = []
    payload.sendEmail = (() => {
      hung++
      // An SMTP server that accepts the connection and never answers (until the test hangs up on it).
      return new Promise((_, reject) => hangUps.push(reject))
    }) as typeof payload.sendEmail
    try {
      const doc = await draftBy(writer, 'Mail server down')
      const result = await act('articles', doc.id, 'submit', writer)
      expect(result.to).toBe('in_review')
      // The mail was handed to the (hung) server after the transition had answered, and is still waiting there.
      for (let i = 0; i < 50 && hung === 0; i++) await new Promise((r) => setTimeout(r, 20))
      expect(hung).toBe(1)
      // Another transition of another item is not held up either.
      const other = await draftBy(writer, 'Mail server still down')
      expect((await act('articles', other.id, 'submit', writer)).to).toBe('in_review')
    } finally {
      payload.sendEmail = send
      // The connection drops: the delivery fails and is left to the queue's retries, instead of the next test
      // waiting out the send timeout.
      for (const hangUp of hangUps) hangUp(new Error('connection reset'))
    }
  })

  it('mails a new assignee', async () => {
    outbox.length = 0
    const doc = await draftBy(writer, 'Assigned story')
    await updateAs(editor, 'articles', doc.id, { assignee: editor2.id }, { draft: true })
    await notificationsSettled()
    expect(outbox.filter((m) => m.to === editor2.email && /Assigned to you/.test(String(m.subject)))).toHaveLength(1)
  })
})

describe('ids are never reused', () => {
  it('a story made after the newest one was deleted gets a new id, an empty history and goes through review', async () => {
    const old = await approvedStory({ headline: 'Deleted before it ran', deck: 'd' })
    await payload.delete({ collection: 'articles', id: old.id })
    const next = await draftBy(writer, 'The next story')
    expect(next.id).toBeGreaterThan(old.id)
    expect(await eventsOf('articles', next.id)).toEqual([])
    await act('articles', next.id, 'submit', writer)
    await act('articles', next.id, 'approve', editor)
    expect((await eventsOf('articles', next.id)).map((e) => e.action)).toEqual(['submit', 'approve'])
  })
})
