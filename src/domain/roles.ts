/** Newsroom roles. A user may hold several; `admin` implies every permission. */
export const ROLES = ['admin', 'editor', 'writer', 'photo_desk'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  editor: 'Editor',
  writer: 'Writer',
  photo_desk: 'Photo desk',
}

export type Actor =
  { id: number | string; roles?: readonly string[] | null; deactivated?: boolean | null } | null | undefined

/** A deactivated account holds no role, whatever its record says. */
export function rolesOf(actor: Actor): Role[] {
  if (!actor?.roles || actor.deactivated) return []
  return actor.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r))
}

/** True when the actor holds any of `roles`; admins hold every role. */
export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  const held = rolesOf(actor)
  if (held.includes('admin')) return true
  return roles.some((r) => held.includes(r))
}

export function isStaff(actor: Actor): boolean {
  return rolesOf(actor).length > 0
}
