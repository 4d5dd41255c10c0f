/** Bookkeeping (step counters, search text, who saved) is not a change to the story: version diffs leave it out. */
export function NoDiff() {
  return null
}
