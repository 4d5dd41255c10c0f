import type { GraphQLExtension } from 'payload'

import { ACTIONS, type Action, WORKFLOW_COLLECTIONS, type WorkflowCollection } from '../../domain/workflow/table'
import { refusal } from '../errors'
import { transition } from './transition'

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
      resolve: async (_: unknown, args: Record<string, string | undefined>, context: { req: Parameters<typeof transition>[1]['user'] extends infer U ? { user: U; payload: Parameters<typeof transition>[0] } : never }) => {
        const { req } = context as unknown as { req: { user: Parameters<typeof transition>[1]['user']; payload: Parameters<typeof transition>[0] } }
        if (!req.user) throw refusal('Log in to change an item’s workflow state.', 403)
        if (!WORKFLOW_COLLECTIONS.includes(args.collection as WorkflowCollection)) {
          throw refusal(`"collection" must be one of: ${WORKFLOW_COLLECTIONS.join(', ')}.`, 400)
        }
        if (!(ACTIONS as readonly string[]).includes(args.action ?? '')) throw refusal(`"action" must be one of: ${ACTIONS.join(', ')}.`, 400)
        const r = await transition(req.payload, {
          collection: args.collection as WorkflowCollection,
          id: args.id!,
          action: args.action as Action,
          note: args.note,
          at: args.at,
          until: args.until,
          user: req.user,
          baseVersion: args.baseVersion,
        })
        return { from: r.from, to: r.to, id: String(args.id) }
      },
    },
  }
}
