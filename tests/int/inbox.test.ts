import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { transition } from '@/server/workflow/transition'

import { createAs, makeUser, payload, updateAs, withPayload } from './helpers'

let writer: User, otherWriter: User, editor: User, editor2: User

withPayload()
beforeAll(async () => {
  writer = await makeUser(payload, ['writer'], 'inbox-writer')
  otherWriter = await makeUser(payload, ['writer'], 'inbox-other')
  editor = await makeUser(payload, ['editor'], 'inbox-editor')
  editor2 = await makeUser(payload, ['editor'], 'inbox-editor-two')
})

const inboxOf = (user: User) =>
  payload
    .find({ collection: 'notifications', user, overrideAccess: false, sort: '-createdAt', depth: 0 })
    .then((r) => r.docs)

describe('the in-admin inbox', () => {
  it('holds what the workflow emails: reviewers hear of a submission, the writer of requested changes', async () => {
    const story = await createAs(writer, 'articles', { headline: 'Inbox story' })
    await transition(payload, { collection: 'articles', id: story.id, action: 'submit', user: writer })
    for (const reviewer of [editor, editor2]) {
      expect((await inboxOf(reviewer)).map((n) => [n.subject, n.itemCollection, n.itemId, n.readAt ?? null])).toEqual([
        ['[In review] Inbox story', 'articles', String(story.id), null],
      ])
    }
    expect(await inboxOf(writer)).toEqual([]) // the submitter does not notify themself

    await transition(payload, {
      collection: 'articles',
      id: story.id,
      action: 'request_changes',
      note: 'Add the minister’s reply.',
      user: editor,
    })
    const [message] = await inboxOf(writer)
    expect(message.subject).toBe('[Changes requested] Inbox story')
    expect(message.text).toContain('Add the minister’s reply.')
  })

  it('is private: nobody else reads, marks or deletes someone’s messages, and the owner may only mark them read', async () => {
    const [message] = await inboxOf(writer)
    expect(
      (await payload.find({ collection: 'notifications', user: otherWriter, overrideAccess: false })).docs,
    ).toEqual([])
    await expect(
      updateAs(otherWriter, 'notifications', message.id, { readAt: new Date().toISOString() }),
    ).rejects.toThrow()
    await expect(
      createAs(writer, 'notifications', { recipient: writer.id, subject: 'forged', key: 'forged' }),
    ).rejects.toThrow()

    const read = await payload.update({
      collection: 'notifications',
      id: message.id,
      user: writer,
      overrideAccess: false,
      data: { readAt: '2026-11-29T12:00:00.000Z', subject: 'rewritten', recipient: otherWriter.id },
      depth: 0,
    })
    expect(read).toMatchObject({ readAt: '2026-11-29T12:00:00.000Z', subject: message.subject })
    expect(read.recipient).toBe(writer.id)
  })

  it('an assignment reaches the assignee’s inbox', async () => {
    const story = await createAs(editor, 'articles', { headline: 'Assigned story' })
    await updateAs(editor, 'articles', story.id, { assignee: otherWriter.id })
    expect((await inboxOf(otherWriter)).map((n) => n.subject)).toEqual(['[Assigned to you] Assigned story'])
  })
})
