import type { GraphQLExtension, PayloadRequest } from 'payload'

import { editSessionOf } from '../../hooks/editSession'
import { requestTransition } from './door'

/** mutation { workflowTransition(collection: "articles", id: "1", action: "submit") { from to } } — same service as REST. */
export const workflowMutations: GraphQLExtension = (GraphQL) => {
  const Result = new GraphQL.GraphQLObjectType({
    name: 'WorkflowTransitionResult',
    fields: {
      from: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      to: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
    },
  })
  return {
    workflowTransition: {
      type: Result,
      args: {
        collection: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        action: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        note: { type: GraphQL.GraphQLString },
        at: { type: GraphQL.GraphQLString },
        until: { type: GraphQL.GraphQLString },
        /** The updatedAt (baseVersion) of the version the actor saw; a stale one is refused with 409. */
        baseVersion: { type: GraphQL.GraphQLString },
      },
      resolve: async (_: unknown, args: Record<string, unknown>, context: { req: PayloadRequest }) => {
        const { collection, id, ...input } = args
        const r = await requestTransition(context.req.payload, {
          input: { ...input, collection },
          id: String(id),
          user: context.req.user,
          session: editSessionOf(context.req),
        })
        return { from: r.from, to: r.to, id: String(args.id) }
      },
    },
  }
}
