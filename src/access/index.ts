import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { hasRole, isStaff, type Role } from '../domain/roles'

/**
 * Every access rule of every collection lives here, so a reviewer can read the whole policy in one file.
 * These run on the server for REST, GraphQL and the Local API (with overrideAccess: false) alike.
 */
type User = PayloadRequest['user']

export const anyone: Access = () => true
export const nobody: Access = () => false
export const staffOnly: Access = ({ req }) => isStaff(req.user)

export const roles =
  (...allowed: Role[]): Access =>
  ({ req }) =>
    hasRole(req.user, ...allowed)

/** Field read rule for what only the newsroom may see (workflow notes, assignees, search text, import keys). */
export const staffOnlyField: FieldAccess = ({ req }) => isStaff(req.user)

/** Field write rule for what only server code sets (stamps, import keys, derived text): no API may write it. */
export const setByServerOnly: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}

/**
 * Field rule for what only server code reads and writes (text derived for the search index): no API returns it, the
 * admin's form included, where it would be sent to the browser with every story opened.
 */
export const serverOnly: { create: FieldAccess; read: FieldAccess; update: FieldAccess } = {
  ...setByServerOnly,
  read: () => false,
}

export const fieldRoles =
  (...allowed: Role[]): FieldAccess =>
  ({ req }) =>
    hasRole(req.user, ...allowed)

/**
 * Drafts of never-published documents live in the main table, so a plain `read: () => true` would leak them.
 * Readers get a query constraint; staff see everything.
 */
export const PUBLISHED: Where = { _status: { equals: 'published' } }
export const publishedOrStaff: Access = ({ req }) => (isStaff(req.user) ? true : PUBLISHED)

/** The given roles may change any document; other staff only those they created. */
export const rolesOrOwnDocument =
  (...allowed: Role[]) =>
  (ownerRoles: Role[]): Access =>
  ({ req }) => {
    if (hasRole(req.user, ...allowed)) return true
    if (req.user && hasRole(req.user, ...ownerRoles)) return { createdBy: { equals: req.user.id } }
    return false
  }

/**
 * A reviewed collection's rights: readers get what is published; the `desks` create, edit and delete; writers create
 * and edit their own items (until review, which the workflow guard enforces).
 */
export const reviewedItemAccess = (...desks: Role[]) => ({
  read: publishedOrStaff,
  create: roles(...desks, 'writer'),
  update: rolesOrOwnDocument(...desks)(['writer']),
  delete: roles(...desks),
})

export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}

/** Someone's inbox is theirs alone, administrators included. */
export const ownNotifications: Access = ({ req }) =>
  req.user && isStaff(req.user) ? { recipient: { equals: req.user.id } } : false

/** Admin screens for running the site (accounts, audit trail, settings) are not in other people's navigation. */
export const hiddenFromNonAdmins = ({ user }: { user: unknown }) => !hasRole(user as User, 'admin')

async function noUsersYet(req: PayloadRequest): Promise<boolean> {
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0
}

/** Roles can be set by an admin, and once, by whoever creates the very first account. */
export const canAssignRoles: FieldAccess = async ({ req }) =>
  hasRole(req.user, 'admin') || (!req.user && (await noUsersYet(req)))

export const isFirstUser = noUsersYet

export type { User }
