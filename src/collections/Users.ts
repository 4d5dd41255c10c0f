import type { CollectionConfig } from 'payload'

import { adminOrSelf, canAssignRoles, fieldRoles, hiddenFromNonAdmins, isFirstUser, roles, staffOnly } from '../access'
import { hasRole, ROLE_LABELS, ROLES } from '../domain/roles'
import { purgeAllOnDelete, purgeAllWhenChanged } from '../server/cache/revalidate'
import { refusal } from '../server/errors'
import { forgiveLogin, throttleLogin, throttleResetRequests } from '../hooks/loginThrottle'
import { endSessionsOnDeactivation, refuseDeactivatedLogin, refuseDeletingContributors } from '../hooks/offboarding'

export const Users: CollectionConfig = {
  slug: 'users',
  // No account lock (anyone could trigger it): sign-ins are throttled per client instead (hooks/loginThrottle).
  auth: {
    useAPIKey: false,
    maxLoginAttempts: 0,
    // Payload's per-account interval between reset mails deadlocks on SQLite (hooks/loginThrottle.ts says why);
    // throttleResetRequests keeps one instead.
    forgotPassword: { minRequestInterval: 0 },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: 'Newsroom',
    hidden: hiddenFromNonAdmins,
  },
  access: {
    // Colleagues' names appear in bylines, assignees and audit trails; readers see no accounts at all.
    read: staffOnly,
    create: roles('admin'),
    update: adminOrSelf,
    delete: roles('admin'),
    // Every staff member may open the admin; readers have no account.
    admin: ({ req }) => staffOnly({ req }) as boolean,
  },
  hooks: {
    // A clear refusal instead of Payload's silent drop of a field the caller may not write.
    beforeLogin: [refuseDeactivatedLogin],
    afterLogin: [forgiveLogin],
    beforeChange: [endSessionsOnDeactivation],
    beforeDelete: [refuseDeletingContributors],
    beforeOperation: [
      throttleLogin,
      throttleResetRequests,
      async ({ args, operation, req }) => {
        if (operation !== 'create' && operation !== 'update') return args
        const requested: unknown = args.data?.roles
        // Trusted server code (seed, scripts) calls the Local API with access overridden.
        if (requested === undefined || args.overrideAccess || hasRole(req.user, 'admin')) return args
        if (operation === 'create' && !req.user && (await isFirstUser(req))) return args
        const id = (args as { id?: number | string }).id
        if (operation === 'update' && id !== undefined && req.user) {
          const current = await req.payload.findByID({ collection: 'users', id, req, depth: 0, overrideAccess: true })
          const same = (a: readonly string[] = [], b: readonly string[] = []) =>
            [...a].sort().join() === [...b].sort().join()
          if (Array.isArray(requested) && same(requested, current?.roles ?? [])) return args
        }
        throw refusal('not_permitted', 'Only an administrator can change roles.')
      },
    ],
    // Bylines print the name and title.
    afterChange: [purgeAllWhenChanged(['name', 'title'])],
    afterDelete: [purgeAllOnDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['writer'],
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { create: canAssignRoles, update: fieldRoles('admin') },
      admin: { description: 'Only an administrator can change roles. The first account is always an administrator.' },
      hooks: {
        beforeValidate: [
          async ({ value, operation, req }) => (operation === 'create' && (await isFirstUser(req)) ? ['admin'] : value),
        ],
      },
    },
    { name: 'title', type: 'text', admin: { description: 'Shown in bylines, e.g. "Science correspondent".' } },
    {
      name: 'deactivated',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: fieldRoles('admin'), update: fieldRoles('admin') },
      admin: {
        position: 'sidebar',
        description:
          'Offboarding or a compromised account: it cannot sign in, its sessions end now, and its name stays on bylines and in the audit trail.',
      },
    },
    {
      name: 'deactivatedAt',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, condition: (d) => Boolean(d?.deactivated) },
      // Kept by the server from `deactivated`, whatever a client sends.
      hooks: {
        beforeChange: [
          ({ siblingData, originalDoc }) =>
            siblingData.deactivated ? (originalDoc?.deactivatedAt ?? new Date().toISOString()) : null,
        ],
      },
    },
  ],
  timestamps: true,
}
