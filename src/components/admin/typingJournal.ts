import type { TypedText } from '@/domain/conflict'

/**
 * The journal of what an open form holds unsaved, kept in the browser's storage so that text is found again if the
 * form is reset or the page is left before it was saved. One record per open form (edit session): a person with a
 * story open in two tabs has two journals, and neither tab's typing overwrites or deletes the other's record.
 *
 * A record nobody keeps any more (its tab was closed, reloaded or crashed before the text was saved) is adopted by
 * the next form of the same person and document that looks. Whether a form is still open is known from the lock
 * each open form holds (Web Locks: the browser releases it when the tab closes, reloads or crashes). Where there are
 * no locks (an admin served over plain http is not a secure context) a record is orphaned once closed or once its
 * form has not refreshed it for `ALIVE_MS` — long enough for a background tab, whose timers the browser may run
 * only once a minute.
 */
export const ALIVE_MS = 150_000

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>
type JournalRecord = { at: number; closed?: boolean; entries: TypedText[] }

const recordKey = (base: string, session: string) => `${base}:${session}`

function read(storage: StorageLike, key: string): JournalRecord | null {
  try {
    const value = JSON.parse(storage.getItem(key) ?? 'null') as unknown
    // Before one record per form, the journal was a bare list under the base key.
    if (Array.isArray(value)) return { at: 0, closed: true, entries: value as TypedText[] }
    if (value && typeof value === 'object' && Array.isArray((value as JournalRecord).entries))
      return value as JournalRecord
  } catch {
    /* unreadable: nothing to recover */
  }
  return null
}

/** Writes this form's unsaved texts (none: its record goes). */
export function writeJournal(
  storage: StorageLike,
  base: string,
  session: string,
  entries: TypedText[],
  now = Date.now(),
): void {
  const key = recordKey(base, session)
  if (!entries.length) storage.removeItem(key)
  else storage.setItem(key, JSON.stringify({ at: now, entries } satisfies JournalRecord))
}

/** Says this form still keeps its record (a heartbeat), or that it no longer will (`closed`: the page is left). */
export function touchJournal(storage: StorageLike, base: string, session: string, closed = false, now = Date.now()) {
  const key = recordKey(base, session)
  const record = read(storage, key)
  if (record) storage.setItem(key, JSON.stringify({ ...record, at: now, closed } satisfies JournalRecord))
}

const lockName = (session: string) => `masthead.form.${session}`

/** Holds this form's lock until the returned function is called; nothing where the browser has no Web Locks. */
export function holdFormLock(session: string): () => void {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  if (!locks) return () => {}
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  void locks.request(lockName(session), () => held).catch(() => {})
  return release
}

/** The edit sessions whose forms are open in this browser, or null when the browser cannot tell (no Web Locks). */
export async function openSessions(): Promise<Set<string> | null> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  if (!locks) return null
  const prefix = lockName('')
  const { held = [] } = await locks.query()
  return new Set(held.flatMap((l) => (l.name?.startsWith(prefix) ? [l.name.slice(prefix.length)] : [])))
}

/**
 * Takes the records of other forms of this person and document that nobody keeps any more; they are removed.
 * `open`: the sessions whose forms are open (see openSessions), null to judge by the records' age.
 */
export function adoptOrphans(
  storage: StorageLike,
  base: string,
  session: string,
  open: Set<string> | null,
  now = Date.now(),
): TypedText[] {
  const own = recordKey(base, session)
  const keys: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)
    if (key && key !== own && (key === base || key.startsWith(`${base}:`))) keys.push(key)
  }
  return keys.flatMap((key) => {
    const record = read(storage, key)
    // The lock, where there is one, is the truth: a page restored from the back-forward cache is open again.
    const alive = open
      ? open.has(key.slice(base.length + 1))
      : Boolean(record && !record.closed && now - record.at < ALIVE_MS)
    if (record && alive) return []
    storage.removeItem(key)
    return record?.entries ?? []
  })
}
