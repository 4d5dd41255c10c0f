import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { adminPageAs, chromiumAvailable, useBrowser } from './browser'
import { baseUrl, http, post, staff } from './client'

/** Two people on one live story in the admin: the holder's lease survives autosave, take-over starts fresh, and nobody's text is lost. */
describe.skipIf(!chromiumAvailable)('editing a live story in the admin', () => {
  const browser = useBrowser()

  /** Resolves once the page's DOM has not changed for `quietMs`. */
  const settled = (page: Page, quietMs = 700) =>
    page.evaluate(
      (quiet) =>
        new Promise<void>((resolve) => {
          const done = () => {
            observer.disconnect()
            resolve()
          }
          let timer = setTimeout(done, quiet)
          const observer = new MutationObserver(() => {
            clearTimeout(timer)
            timer = setTimeout(done, quiet)
          })
          observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
        }),
      quietMs,
    )

  /** Types into the deck and waits for the autosave's answer. */
  async function typeDeck(page: Page, text: string) {
    const answer = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && /\/api\/articles\/\d+/.test(r.url()),
      { timeout: 30_000 },
    )
    await page.locator('#field-deck').fill(text)
    return (await answer).status()
  }

  it('a lease that autosave keeps, who holds it, and a take-over that starts from the holder’s latest text', async () => {
    const [writer, editor, editor2] = [await staff('writer'), await staff('editor'), await staff('editor')]
    const created = await post('/api/articles?draft=true', writer.token, {
      headline: `Two editors ${Date.now()}`,
      deck: 'Live deck',
    })
    const id = created.json.doc.id
    for (const [token, action] of [
      [writer.token, 'submit'],
      [editor.token, 'approve'],
      [editor2.token, 'publish'],
    ]) {
      expect((await http(`/api/articles/${id}/workflow`, { method: 'POST', token, body: { action } })).status).toBe(200)
    }
    const first = await adminPageAs(browser(), baseUrl(), editor.email, editor.password)
    const second = await adminPageAs(browser(), baseUrl(), editor2.email, editor2.password)
    await first.goto(`${baseUrl()}/admin/collections/articles/${id}`)
    await first.locator('#field-deck').waitFor()
    // A live story edited in the admin is saved: the form names the version it was opened at (without one: 428).
    const sent = first.waitForRequest((r) => r.method() === 'PATCH' && /\/api\/articles\/\d+/.test(r.url()))
    expect(await typeDeck(first, 'Corrected by the first editor')).toBe(200)
    expect((await sent).postData() ?? '').toContain('baseVersion')

    // The second editor opens it now: the lease survived the autosave, so they are told who is editing.
    await second.goto(`${baseUrl()}/admin/collections/articles/${id}`)
    await second.getByText(/is currently editing this document/).waitFor({ timeout: 30_000 })
    expect(await second.getByText(editor.email).count()).toBeGreaterThan(0)
    // "Editing since" is in the browser's zone, and says which.
    const since = second.locator('.document-locked__content > p:last-of-type > strong')
    expect(await since.evaluate((el) => getComputedStyle(el, '::after').content)).toMatch(/\(GMT[+-]?\d*\)/)
    // The holder keeps saving; their lease is theirs through every autosave.
    expect(await typeDeck(first, 'Corrected by the first editor, twice')).toBe(200)

    // The second takes over: their form is reloaded with the holder's latest text, so they cannot work on a stale
    // copy; the holder is told, and their text stays on their screen.
    await second.getByRole('button', { name: 'Take over' }).click()
    await expect
      .poll(() => second.locator('#field-deck').inputValue(), { timeout: 30_000 })
      .toBe('Corrected by the first editor, twice')
    // The holder types on, unaware: they are told at once, and what they typed stays in their form to copy.
    await first.locator('#field-deck').fill('Typed by the first editor after the take-over')
    await first.getByText('Another user has taken over editing this document.').waitFor({ timeout: 30_000 })
    expect(await first.locator('#field-deck').inputValue()).toBe('Typed by the first editor after the take-over')
    // Nothing the holder typed after losing the lease overwrote the taker's copy.
    const stored = await http(`/api/articles/${id}?draft=true`, { token: editor.token })
    expect(stored.json.deck).toBe('Corrected by the first editor, twice')
  })

  /** A new story of a new writer, open in `count` tabs of one browser, each settled. */
  async function oneWriterInTabs(headline: string, count: number) {
    const writer = await staff('writer')
    const created = await post('/api/articles?draft=true', writer.token, { headline: `${headline} ${Date.now()}` })
    const id = created.json.doc.id
    const first = await adminPageAs(browser(), baseUrl(), writer.email, writer.password)
    const tabs = [first]
    while (tabs.length < count) tabs.push(await first.context().newPage())
    for (const tab of tabs) {
      await tab.goto(`${baseUrl()}/admin/collections/articles/${id}`)
      await tab.locator('#field-deck').waitFor()
      await settled(tab)
    }
    return { writer, id, tabs }
  }

  it('one person in two tabs: the tab left behind cannot overwrite the other’s text, and keeps its own', async () => {
    const {
      writer,
      id,
      tabs: [tabA, tabB],
    } = await oneWriterInTabs('Two tabs', 2)
    const sent = tabA.waitForRequest((r) => r.method() === 'PATCH' && /\/api\/articles\/\d+/.test(r.url()))
    expect(await typeDeck(tabA, 'Written in tab A')).toBe(200)
    const tabASession = (await sent).headers()['x-edit-session']
    expect(tabASession).toMatch(/^[0-9a-f]{32}$/)
    // Tab B was opened before tab A saved: its save is refused, not a silent overwrite of tab A's text.
    expect(await typeDeck(tabB, 'Written in tab B')).toBe(409)
    const stored = (await http(`/api/articles/${id}?draft=true`, { token: writer.token })).json
    expect(stored.deck).toBe('Written in tab A')
    expect(stored.editSession).toBe(tabASession)
    // Tab B's text stays in its form and is offered to copy.
    expect(await tabB.locator('#field-deck').inputValue()).toBe('Written in tab B')
    await tabB.locator('[data-conflict-copy]').waitFor({ timeout: 30_000 })
    expect(await tabB.locator('[data-conflict-mine]').first().inputValue()).toContain('Written in tab B')
  })

  it('a tab closed before its text was saved: the other tabs of the same person offer that text', async () => {
    const {
      writer,
      id,
      tabs: [tabA, tabB, tabC],
    } = await oneWriterInTabs('Closed tab', 3)
    // Tab B's saves never arrive (the network dropped); its text is only in its form and its journal.
    await tabB.route(/\/api\/articles\/\d+/, (route) =>
      route.request().method() === 'PATCH' ? route.abort() : route.continue(),
    )
    await tabB.locator('#field-deck').fill('Typed in tab B, never saved')
    await tabB.waitForFunction(() =>
      Object.keys(localStorage).some(
        (k) => k.startsWith('masthead.typing.') && (localStorage.getItem(k) ?? '').includes('never saved'),
      ),
    )
    await tabB.close()
    expect((await http(`/api/articles/${id}?draft=true`, { token: writer.token })).json.deck ?? '').not.toContain(
      'never saved',
    )
    // Tabs A and C, still open, find what tab B left unsaved and show it to copy: one of them takes tab B's journal,
    // the other learns of the copy from the storage they share.
    for (const tab of [tabA, tabC]) {
      await tab.bringToFront()
      await tab.locator('[data-conflict-copy]').waitFor({ timeout: 30_000 })
      expect(await tab.locator('[data-conflict-mine]').first().inputValue()).toBe('Typed in tab B, never saved')
      expect(await tab.locator('[data-conflict-copy]').innerText()).toContain('A window of yours closed')
    }
    // Taken once: the journal tab B left is gone.
    expect(
      await tabA.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('masthead.typing.')).length),
    ).toBe(0)
    // Dismissed in one tab, gone from the other.
    await tabC.getByRole('button', { name: 'Dismiss' }).click()
    await tabA.locator('[data-conflict-copy]').waitFor({ state: 'detached', timeout: 10_000 })
  })

  // INTERLEAVE_SEED replays another run; INTERLEAVE_DEBUG=1 prints each step, the writes and the outcome.
  it('50 interleavings of typing, take-over and saving: every typed word ends up saved or in the shown copy', async () => {
    const people = { writer: await staff('writer'), editor: await staff('editor') }
    const created = await post('/api/articles?draft=true', people.writer.token, {
      headline: `Interleaved ${Date.now()}`,
      deck: 'Start',
    })
    const url = `${baseUrl()}/admin/collections/articles/${created.json.doc.id}`
    const pages = {
      writer: await adminPageAs(browser(), baseUrl(), people.writer.email, people.writer.password),
      editor: await adminPageAs(browser(), baseUrl(), people.editor.email, people.editor.password),
    }
    type Who = keyof typeof pages
    const otherThan = (who: Who): Who => (who === 'writer' ? 'editor' : 'writer')
    const stored = async () =>
      (await http(`/api/articles/${created.json.doc.id}?draft=true&depth=0`, { token: people.editor.token })).json
        .deck as string

    /** Opens the story where someone else holds the lease: they are named; then takes it over. */
    async function takeOver(who: Who, holder: Who) {
      const page = pages[who]
      await page.goto(url)
      await page.getByText(/is currently editing this document/).waitFor({ timeout: 30_000 })
      expect(
        await page.getByText(people[holder].email).count(),
        `${who} is told that ${holder} holds the lease`,
      ).toBeGreaterThan(0)
      // Taking over refreshes the page from the server and React swaps the form: keys pressed meanwhile reach no
      // field. The taker starts typing once the page has settled (no DOM change for 700 ms), as a person would.
      const refreshed = page.waitForResponse((r) => r.url().startsWith(url) && r.request().headers().rsc === '1', {
        timeout: 30_000,
      })
      await page.getByRole('button', { name: 'Take over' }).click()
      await refreshed
      await settled(page)
      const server = await stored()
      await expect.poll(() => page.locator('#field-deck').inputValue(), { timeout: 30_000 }).toBe(server)
    }
    if (process.env.INTERLEAVE_DEBUG)
      for (const [who, page] of Object.entries(pages))
        page.on(
          'response',
          (r) => r.request().method() !== 'GET' && console.log(who, r.request().method(), r.url(), r.status()),
        )
    const typing = (who: Who, word: string) => async () => {
      const deck = pages[who].locator('#field-deck')
      await deck.fill(`${await deck.inputValue()} ${word}`)
    }

    const shownTo = async (who: Who) =>
      (
        await pages[who]
          .locator('[data-conflict-mine]')
          .evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value))
      ).join('\n')
    let seed = Number(process.env.INTERLEAVE_SEED ?? 20261129)
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const typed: { who: Who; word: string }[] = []
    await pages.writer.goto(url)
    await pages.writer.locator('#field-deck').waitFor()
    let holder: Who = 'writer'
    for (let step = 0; step < 50; step++) {
      const word = `w${step}x${Math.floor(random() * 1e6)}`
      const roll = random()
      if (process.env.INTERLEAVE_DEBUG) console.log(step, holder, roll.toFixed(2))
      if (roll < 0.5) {
        // The holder types: the autosave lands, or (if the form was still being reloaded by a take-over) the
        // word is shown as unsaved.
        await typing(holder, word)()
        typed.push({ who: holder, word })
        await expect
          .poll(async () => (await stored()).includes(word) || (await shownTo(holder)).includes(word), {
            timeout: 30_000,
          })
          .toBe(true)
          .catch(async (error) => {
            if (process.env.INTERLEAVE_DEBUG)
              for (const [who, page] of Object.entries(pages))
                await page.screenshot({ path: `.tmp/interleave-${step}-${who}.png`, fullPage: true })
            throw error
          })
      } else if (roll < 0.75) {
        // The holder types and the other takes over before (or while) the autosave goes out.
        await typing(holder, word)()
        typed.push({ who: holder, word })
        await takeOver(otherThan(holder), holder)
        holder = otherThan(holder)
      } else {
        // The other takes over, then the former holder types, unaware, and is told.
        await takeOver(otherThan(holder), holder)
        const former = holder
        holder = otherThan(holder)
        await typing(former, word)()
        typed.push({ who: former, word })
        await pages[former].getByText('Another user has taken over editing this document.').waitFor({ timeout: 30_000 })
      }
    }

    // Every word is in the saved text, or in the copy shown to the person who typed it (kept across reloads).
    const final = await stored()
    const unsaved = (who: Who) => typed.filter((t) => t.who === who && !final.includes(t.word)).map((t) => t.word)
    for (const who of ['writer', 'editor'] as Who[]) {
      // A copy appears at the latest one check of the form (8 s) after the lease moved.
      await expect
        .poll(
          async () => {
            const copy = await shownTo(who)
            return unsaved(who).filter((word) => !copy.includes(word))
          },
          { timeout: 30_000 },
        )
        .toEqual([])
    }
    if (process.env.INTERLEAVE_DEBUG)
      console.log(
        `saved ${typed.filter((t) => final.includes(t.word)).length}, kept as a copy ${unsaved('writer').length + unsaved('editor').length}`,
      )
    expect(typed.length).toBe(50)
    // The run exercised both endings: words saved, and words kept as a copy.
    expect(typed.filter((t) => final.includes(t.word)).length).toBeGreaterThan(0)
    expect(unsaved('writer').length + unsaved('editor').length).toBeGreaterThan(0)
  }, 420_000)
})
