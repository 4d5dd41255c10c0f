import type { GraphQLExtension } from 'payload'

import { accessForGraphQL } from '../../domain/graphql/permissions'

type Resolver = (...args: unknown[]) => Promise<Record<string, unknown>>

/** Payload's own `Access` query, with its answer in the shape its type declares (see domain/graphql/permissions). */
export const accessQuery: GraphQLExtension = (_GraphQL, { Query }) => {
  const builtIn = (Query as { fields: Record<string, { type: unknown; resolve: Resolver }> }).fields.Access
  return {
    Access: {
      type: builtIn.type,
      resolve: async (...args: unknown[]) => accessForGraphQL(await builtIn.resolve(...args)),
    },
  }
}
