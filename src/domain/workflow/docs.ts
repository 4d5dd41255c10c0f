import { ACTION_LABELS, DESKS, STATE_LABELS, TRANSITIONS, type Who } from './table'

const WHO: Record<Who, string> = {
  author: 'the item’s author, or a reviewer of its desk',
  reviewer: 'a reviewer of its desk',
  submitter: 'whoever submitted it',
  admin: 'an administrator',
  system: 'the scheduler (or an administrator)',
}

/** The workflow reference page, written from the transition table itself so it cannot drift from the code. */
export function workflowMarkdown(): string {
  const rows = TRANSITIONS.map((t) => {
    const rules = [
      t.note === 'required' ? 'note required' : '',
      t.at === 'required' ? 'time required (optional take-down time)' : '',
      t.fourEyes ? 'four-eyes' : '',
      t.acceptsEdits ? 'only when someone else edited it since; their edit becomes the submitter’s' : '',
      t.publication === 'publish' ? 'goes live' : t.publication === 'unpublish' ? 'taken down' : '',
    ].filter(Boolean)
    return `| ${t.from.map((s) => STATE_LABELS[s]).join(', ')} | ${ACTION_LABELS[t.action]} (\`${t.action}\`) | ${STATE_LABELS[t.to]} | ${WHO[t.who]} | ${rules.join('; ')} |`
  })
  const desks = Object.entries(DESKS).map(
    ([collection, desk]) => `| \`${collection}\` | ${desk.authors.join(', ')} | ${desk.reviewers.join(', ')} |`,
  )
  return [
    '# Editorial workflow',
    '',
    '<!-- Generated from src/domain/workflow/table.ts by `npm run docs:workflow`; `npm test` fails if it is stale. -->',
    '',
    'Every transition goes through one server entry point: `POST /api/<collection>/:id/workflow` with',
    '`{ "action", "note"?, "at"?, "until"? }`, the GraphQL mutation `workflowTransition`, or `transition()` in',
    '`src/server/workflow/transition.ts` for server code. Saves cannot publish, unpublish or change the state.',
    '',
    '| from | action | to | who may | rules |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '## Desks',
    '',
    'Administrators hold every role. Authors act on items they created; reviewers on anyone’s.',
    '',
    '| collection | authors | reviewers |',
    '| --- | --- | --- |',
    ...desks,
    '',
    '## Edits',
    '',
    '- Editing approved or scheduled content sends it back to review (the approval was for other words).',
    '- Editing a published item starts a new revision (state `draft`); the live version stays up, untouched,',
    '  until that revision is approved and published.',
    '- Four-eyes (on by default, a site setting): whoever submitted or last edited an item cannot approve it.',
    '- Four-eyes without a third person: when a reviewer edits an item in review (a typo fix), the submitter can',
    '  *accept the reviewer’s edits*; the text is then the submitter’s again, and the reviewer who edited may approve',
    '  it. Nothing goes live that only one person has seen: the submitter saw the edit, the reviewer approved it.',
    '  (Another reviewer can still approve without it.)',
    '- Publishing an article publishes, in the same transaction, the photos, captions and related links it',
    '  shows that are approved; if any is not approved yet, publication is refused with a message naming it.',
    '',
  ].join('\n')
}
