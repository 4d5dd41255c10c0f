import { type Actor, hasRole, rolesOf } from '../roles'
import { dayInZone } from '../time'
import { DESKS, WORKFLOW_COLLECTIONS, type WorkflowCollection } from '../workflow/table'

/**
 * What each person's admin home lists, by role: what waits on them first, then their own work, then the day's
 * schedule and what went out. Plain queries (Payload's `where` shape); the view runs them with the viewer's own
 * access rights, so a list never shows what its reader may not open.
 */
export type Where = Record<string, unknown>
export type Queue = {
  key: string
  title: string
  /** Shown when the list is empty. */
  empty: string
  collections: WorkflowCollection[]
  where: Where
  sort: string
  limit: number
}

const OPEN = { workflowState: { not_in: ['published', 'archived'] } }

/** Collections whose review the actor does (reviewers of that desk, or admins). */
export function reviewsOf(actor: Actor): WorkflowCollection[] {
  return WORKFLOW_COLLECTIONS.filter((c) => hasRole(actor, ...DESKS[c].reviewers))
}

/** Collections the actor writes for (authors of that desk who do not review it). */
function writesFor(actor: Actor): WorkflowCollection[] {
  return WORKFLOW_COLLECTIONS.filter((c) => hasRole(actor, ...DESKS[c].authors))
}

export function homeQueues(actor: Actor, now: Date, timeZone: string): Queue[] {
  if (!actor || !rolesOf(actor).length) return []
  const me = actor.id
  const reviews = reviewsOf(actor)
  const writes = writesFor(actor)
  const mine = { or: [{ createdBy: { equals: me } }, { submittedBy: { equals: me } }] }
  const queues: Queue[] = []
  if (reviews.length)
    queues.push({
      key: 'review',
      title: 'Waiting for your review',
      empty: 'Nothing is waiting for review.',
      collections: reviews,
      // Four eyes: what one submitted oneself waits for someone else.
      where: { and: [{ workflowState: { equals: 'in_review' } }, { submittedBy: { not_equals: me } }] },
      sort: 'updatedAt',
      limit: 25,
    })
  queues.push(
    {
      key: 'changes',
      title: 'Changes requested from you',
      empty: 'No changes requested.',
      collections: writes,
      where: { and: [mine, { workflowState: { equals: 'changes_requested' } }] },
      sort: '-updatedAt',
      limit: 25,
    },
    {
      key: 'assigned',
      title: 'Assigned to you',
      empty: 'Nothing is assigned to you.',
      collections: [...WORKFLOW_COLLECTIONS],
      where: { and: [{ assignee: { equals: me } }, OPEN] },
      sort: '-updatedAt',
      limit: 25,
    },
  )
  if (writes.length) {
    const stories = writes.includes('articles')
    queues.push({
      key: 'mine',
      title: stories ? 'Your stories' : 'Your photos',
      empty: stories ? 'You have no stories yet.' : 'You have no photos yet.',
      collections: stories ? ['articles'] : ['photos'],
      where: { and: [mine, { workflowState: { not_in: ['archived'] } }] },
      sort: '-updatedAt',
      limit: 25,
    })
  }
  if (hasRole(actor, 'editor')) {
    const { start, end } = dayInZone(now, timeZone)
    queues.push({
      key: 'today',
      title: 'Scheduled today',
      empty: 'Nothing is scheduled for today.',
      collections: ['articles'],
      where: {
        and: [
          { workflowState: { equals: 'scheduled' } },
          { scheduledAt: { greater_than_equal: start } },
          { scheduledAt: { less_than: end } },
        ],
      },
      sort: 'scheduledAt',
      limit: 25,
    })
  }
  queues.push({
    key: 'published',
    title: 'Recently published',
    empty: 'Nothing published yet.',
    collections: ['articles'],
    where: { workflowState: { equals: 'published' } },
    sort: '-updatedAt',
    limit: 10,
  })
  return queues
}

/** The newsroom-wide review queue: every open item by state, whoever it belongs to (read with the viewer's rights). */
export function reviewQueues(actor: Actor): Queue[] {
  if (!actor) return []
  const all = [...WORKFLOW_COLLECTIONS]
  const queue = (key: string, title: string, where: Where, sort = '-updatedAt', limit = 25): Queue => ({
    key,
    title,
    empty: 'Nothing here.',
    collections: all,
    where,
    sort,
    limit,
  })
  return [
    queue('in_review', 'In review', { workflowState: { equals: 'in_review' } }, 'updatedAt'),
    queue('assigned', 'Assigned to me', { and: [{ assignee: { equals: actor.id } }, OPEN] }),
    queue('changes', 'Changes requested on my items', {
      and: [{ createdBy: { equals: actor.id } }, { workflowState: { equals: 'changes_requested' } }],
    }),
    queue('scheduled', 'Scheduled', { workflowState: { equals: 'scheduled' } }, 'scheduledAt'),
    queue('published', 'Recently published', { workflowState: { equals: 'published' } }, '-updatedAt', 10),
  ]
}

/** "just now", "12 min", "3 h", "2 d": how long an item has been waiting. */
export function ageLabel(since: string | Date, now: Date): string {
  const ms = now.getTime() - new Date(since).getTime()
  if (!Number.isFinite(ms) || ms < 60_000) return 'just now'
  const minutes = Math.floor(ms / 60_000)
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return `${hours} h`
  return `${Math.floor(hours / 24)} d`
}
