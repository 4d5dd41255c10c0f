/**
 * The editorial workflow: states, actions and the ONE transition table. The server's guard, the admin's buttons,
 * the scheduler and the README's table are all derived from `TRANSITIONS`; nothing else compares states.
 */
import type { RefusalCode } from '../refusals'
import { sameId } from '../relations'
import { hasRole, type Actor, type Role } from '../roles'

export const STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'archived',
] as const
export type State = (typeof STATES)[number]

export const ACTIONS = [
  'submit',
  'withdraw',
  'request_changes',
  'approve',
  'schedule',
  'publish',
  'unpublish',
  'archive',
  'reopen',
  'publish_now',
  'expire',
  'accept_edits',
] as const
export type Action = (typeof ACTIONS)[number]

export const STATE_LABELS: Record<State, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  scheduled: 'Scheduled',
  published: 'Published',
  archived: 'Archived',
}

export const ACTION_LABELS: Record<Action, string> = {
  submit: 'Submit for review',
  withdraw: 'Withdraw',
  request_changes: 'Request changes',
  approve: 'Approve',
  schedule: 'Schedule',
  publish: 'Publish',
  unpublish: 'Unpublish',
  archive: 'Archive',
  reopen: 'Reopen as draft',
  publish_now: 'Publish now (skip review)',
  expire: 'Take down at the end of its run',
  accept_edits: 'Accept the reviewer’s edits',
}

/**
 * Who may act: `author` = the item's creator or anyone on its desk who may create it; `reviewer` = the desk's
 * publishers; `submitter` = the person who submitted it for review; `admin` = administrators only; `system` = the
 * scheduler (and administrators).
 */
export type Who = 'author' | 'reviewer' | 'submitter' | 'admin' | 'system'

export type Transition = {
  from: readonly State[]
  action: Action
  to: State
  who: Who
  /** A written note is required (a reason to unpublish, what to change, why review is skipped). */
  note?: 'required'
  /** A time is required (schedule). */
  at?: 'required'
  /** Whoever submitted or last edited the item may not take this action when four-eyes is on. */
  fourEyes?: boolean
  /** The live version changes: the current revision goes live, or the live version is taken down. */
  publication?: 'publish' | 'unpublish'
  /**
   * The submitter takes the text as a reviewer left it as their own: it becomes the last edit (theirs), so the
   * reviewer who edited may approve it — two people have seen the final text, and no third is needed.
   */
  acceptsEdits?: true
}

export const TRANSITIONS: readonly Transition[] = [
  { from: ['draft', 'changes_requested'], action: 'submit', to: 'in_review', who: 'author' },
  { from: ['in_review'], action: 'withdraw', to: 'draft', who: 'author' },
  { from: ['in_review'], action: 'request_changes', to: 'changes_requested', who: 'reviewer', note: 'required' },
  { from: ['in_review'], action: 'approve', to: 'approved', who: 'reviewer', fourEyes: true },
  // Four-eyes without a third person: the reviewer fixed a typo during review; the submitter accepts it.
  { from: ['in_review'], action: 'accept_edits', to: 'in_review', who: 'submitter', acceptsEdits: true },
  { from: ['approved'], action: 'schedule', to: 'scheduled', who: 'reviewer', at: 'required' },
  { from: ['approved'], action: 'publish', to: 'published', who: 'reviewer', publication: 'publish' },
  { from: ['scheduled'], action: 'publish', to: 'published', who: 'system', publication: 'publish' },
  { from: ['scheduled'], action: 'withdraw', to: 'approved', who: 'reviewer' },
  {
    from: ['published'],
    action: 'unpublish',
    to: 'archived',
    who: 'reviewer',
    note: 'required',
    publication: 'unpublish',
  },
  {
    from: ['published'],
    action: 'archive',
    to: 'archived',
    who: 'reviewer',
    note: 'required',
    publication: 'unpublish',
  },
  // The end of a time-limited item's run, fired by the scheduler at its unpublish time.
  { from: ['published'], action: 'expire', to: 'archived', who: 'system', publication: 'unpublish' },
  { from: ['archived', 'approved', 'changes_requested'], action: 'reopen', to: 'draft', who: 'reviewer' },
  {
    from: ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'archived'],
    action: 'publish_now',
    to: 'published',
    who: 'admin',
    note: 'required',
    publication: 'publish',
  },
]

/** Which roles author and review on each desk. Administrators hold every role. */
export type Desk = { authors: readonly Role[]; reviewers: readonly Role[] }
export const DESKS = {
  articles: { authors: ['writer', 'editor'], reviewers: ['editor'] },
  'related-links': { authors: ['writer', 'editor'], reviewers: ['editor'] },
  photos: { authors: ['photo_desk', 'writer', 'editor'], reviewers: ['photo_desk'] },
  captions: { authors: ['photo_desk', 'writer', 'editor'], reviewers: ['photo_desk'] },
} as const satisfies Record<string, Desk>
export type WorkflowCollection = keyof typeof DESKS
export const WORKFLOW_COLLECTIONS = Object.keys(DESKS) as WorkflowCollection[]

/** The fields the workflow keeps on every reviewed item; only the workflow service writes them. */
export const WORKFLOW_FACTS = [
  'workflowState',
  'workflowSeq',
  'workflowNote',
  'submittedBy',
  'lastEditedBy',
  'scheduledAt',
  'unpublishAt',
] as const

export type ItemFacts = {
  state: State
  createdBy?: number | string | null
  submittedBy?: number | string | null
  lastEditedBy?: number | string | null
  /** What the item still lacks before it may be submitted, approved or go live (see missingBeforeReview). */
  missing?: string[]
}

/** Checked from the writer's submission on: what publication would refuse is found while the author can fix it. */
const NEEDS_COMPLETE_ITEM: readonly Action[] = ['submit', 'approve', 'schedule', 'publish', 'publish_now']

export type ReviewFacts = {
  alt?: string | null
  headline?: string | null
  corrections?: ({ at?: string | null; note?: string | null } | null)[] | null
}

/**
 * Content rules no reviewer can waive, the same at submission as at publication: a photo needs alt text
 * (accessibility is not optional); an article needs its headline, and every correction or update its time and note
 * (drafts are saved incomplete, so these would otherwise surface only when the editor presses Publish).
 */
export function missingBeforeReview(collection: WorkflowCollection, item: ReviewFacts): string[] {
  return missingFieldsBeforeReview(collection, item).map((m) => m.what)
}

/** The same, each with the path of the form field that holds it, so the admin can point at the field. */
export type MissingField = { path: string; what: string }
export function missingFieldsBeforeReview(collection: WorkflowCollection, item: ReviewFacts): MissingField[] {
  const missing: MissingField[] = []
  if (collection === 'photos' && !item.alt?.trim()) missing.push({ path: 'alt', what: 'alt text' })
  if (collection === 'articles') {
    if (!item.headline?.trim()) missing.push({ path: 'headline', what: 'a headline' })
    ;(item.corrections ?? []).forEach((c, i) => {
      if (!c?.at) missing.push({ path: `corrections.${i}.at`, what: `the date and time of correction ${i + 1}` })
      if (!c?.note?.trim()) missing.push({ path: `corrections.${i}.note`, what: `the note of correction ${i + 1}` })
    })
  }
  return missing
}

export type Request = {
  collection: WorkflowCollection
  item: ItemFacts
  action: Action
  /** null = the scheduler acting on its own. */
  actor: Actor | null
  note?: string | null
  at?: Date | null
  now: Date
  fourEyes: boolean
}

export type Decision =
  { ok: true; transition: Transition; to: State } | { ok: false; code: RefusalCode; reason: string }

function mayAct(who: Who, req: Request): boolean {
  const { actor, collection, item } = req
  const desk: Desk = DESKS[collection]
  if (who === 'system') return actor === null || hasRole(actor, 'admin')
  if (!actor) return false
  if (who === 'admin') return hasRole(actor, 'admin')
  if (who === 'reviewer') return hasRole(actor, ...desk.reviewers)
  if (who === 'submitter') return sameId(item.submittedBy, actor.id)
  // Authors act on their own items; reviewers act on anyone's.
  if (hasRole(actor, ...desk.reviewers)) return true
  return hasRole(actor, ...desk.authors) && sameId(item.createdBy, actor.id)
}

const WHO_TEXT: Record<Who, string> = {
  author: 'the item’s author or a reviewer of its desk',
  reviewer: 'a reviewer of its desk',
  submitter: 'whoever submitted it',
  admin: 'an administrator',
  system: 'the scheduler',
}

/** The single decision function: is `action` allowed now, and what state follows? */
export function decide(req: Request): Decision {
  const candidates = TRANSITIONS.filter((t) => t.action === req.action)
  if (!candidates.length)
    return {
      ok: false,
      code: 'invalid_request',
      reason: `"${req.action}" is not a workflow action. Use one of: ${ACTIONS.join(', ')}.`,
    }
  const transition = candidates.find((t) => t.from.includes(req.item.state) && mayAct(t.who, req))
  if (!transition) {
    const fromHere = candidates.filter((t) => t.from.includes(req.item.state))
    if (!fromHere.length) {
      return {
        ok: false,
        code: 'wrong_state',
        reason: `Cannot ${ACTION_LABELS[req.action].toLowerCase()} an item that is ${STATE_LABELS[req.item.state].toLowerCase()}.`,
      }
    }
    return {
      ok: false,
      code: 'not_permitted',
      reason: `Only ${fromHere.map((t) => WHO_TEXT[t.who]).join(' or ')} may ${ACTION_LABELS[req.action].toLowerCase()} this item.`,
    }
  }
  if (transition.note === 'required' && !req.note?.trim()) {
    return { ok: false, code: 'needs_note', reason: `${ACTION_LABELS[req.action]} needs a note saying why.` }
  }
  if (transition.at === 'required') {
    if (!req.at || Number.isNaN(req.at.getTime()))
      return { ok: false, code: 'needs_time', reason: 'Scheduling needs a publication time ("at").' }
    if (req.at.getTime() <= req.now.getTime())
      return { ok: false, code: 'needs_time', reason: 'The scheduled time must be in the future.' }
  }
  if (NEEDS_COMPLETE_ITEM.includes(req.action) && req.item.missing?.length) {
    return {
      ok: false,
      code: 'incomplete',
      reason: `${ACTION_LABELS[req.action]} needs ${req.item.missing.join(' and ')} first.`,
    }
  }
  if (transition.acceptsEdits && (!req.item.lastEditedBy || sameId(req.item.lastEditedBy, req.actor?.id))) {
    return {
      ok: false,
      code: 'nothing_to_accept',
      reason: 'Nothing to accept: nobody else has edited it since you submitted it.',
    }
  }
  if (
    transition.fourEyes &&
    req.fourEyes &&
    req.actor &&
    (sameId(req.item.submittedBy, req.actor.id) || sameId(req.item.lastEditedBy, req.actor.id))
  ) {
    return {
      ok: false,
      code: 'four_eyes',
      reason: 'Four-eyes rule: whoever submitted or last edited an item cannot approve it. Ask another reviewer.',
    }
  }
  return { ok: true, transition, to: transition.to }
}

/** The actions this actor may take now, for the admin's buttons (notes and times are asked for there). */
export function allowedActions(req: Omit<Request, 'action' | 'note' | 'at'>): Action[] {
  return ACTIONS.filter((action) => {
    const d = decide({ ...req, action, note: 'x', at: new Date(req.now.getTime() + 3_600_000) })
    return d.ok
  })
}

/** What a content edit does to the workflow: approval is for the content approved, and live items get a revision. */
export function stateAfterEdit(state: State): State {
  switch (state) {
    case 'approved':
    case 'scheduled':
      return 'in_review'
    case 'published':
      return 'draft'
    default:
      return state
  }
}
