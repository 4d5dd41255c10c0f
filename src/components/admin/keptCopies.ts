import type { TextConflict } from '@/domain/conflict'

/**
 * The copies of unsaved text kept for a person and document until they dismiss them. The list lives in the browser's
 * storage, shared by every tab of that person and document: each change is made to what is stored now (not to a
 * tab's own picture of it), so one tab neither drops another tab's copies nor dismisses copies it never showed.
 */
export type Kept = { at: string; by: string; conflicts: TextConflict[] }

const MAX_KEPT = 20
const conflictId = (c: TextConflict) => `${c.path}\u0000${c.mine}`

/** `list` with the conflicts of `entry` it does not hold yet; the same list when there are none. */
export function withKept(list: Kept[], entry: Kept): Kept[] {
  const known = new Set(list.flatMap((k) => k.conflicts.map(conflictId)))
  const fresh = entry.conflicts.filter((c) => !known.has(conflictId(c)))
  return fresh.length ? [...list, { ...entry, conflicts: fresh }].slice(-MAX_KEPT) : list
}

/** `list` without the conflicts that were shown when the person dismissed them. */
export function withoutDismissed(list: Kept[], shown: Kept[]): Kept[] {
  const dismissed = new Set(shown.flatMap((k) => k.conflicts.map(conflictId)))
  return list
    .map((k) => ({ ...k, conflicts: k.conflicts.filter((c) => !dismissed.has(conflictId(c))) }))
    .filter((k) => k.conflicts.length > 0)
}
