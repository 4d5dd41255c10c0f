import type { BaseDatabaseAdapter } from 'payload'

type UpdateJobsArgs = Parameters<BaseDatabaseAdapter['updateJobs']>[0]
/** What the claim needs of the jobs collection's Mongoose model. */
export type JobsModel = {
  findOneAndUpdate(
    filter: Record<string, unknown>,
    update: Record<string, unknown>,
    options: Record<string, unknown>,
  ): Promise<unknown>
}

/**
 * Payload 3.90's MongoDB adapter claims jobs by finding up to `limit` pending ids and then marking all of them as
 * processing, with nothing in between to stop another worker that found the same ids: two workers can both run one
 * scheduled publication. (On SQLite the claim runs inside a write transaction, which one process holds at a time.)
 * Here every claim is a conditional update of one job, still unclaimed → claimed, which one worker wins.
 */
export function claimJobsOneAtATime(adapter: BaseDatabaseAdapter, jobsModel: () => JobsModel) {
  const updateJobs = adapter.updateJobs.bind(adapter)
  adapter.updateJobs = async (args: UpdateJobsArgs) => {
    const isClaim = !('id' in args && args.id !== undefined) && args.data?.processing === true && 'where' in args
    if (!isClaim) return updateJobs(args)
    const candidates = await adapter.find({
      collection: 'payload-jobs',
      where: args.where,
      limit: args.limit,
      sort: args.sort,
      pagination: false,
      req: args.req,
    })
    const won: (string | number)[] = []
    for (const job of candidates.docs) {
      const claimed = await jobsModel().findOneAndUpdate(
        { _id: job.id, processing: { $ne: true } },
        { $set: { processing: true, updatedAt: new Date() } },
        { new: true, lean: true, projection: { _id: 1 } },
      )
      if (claimed) won.push(job.id as string | number)
    }
    if (!won.length || args.returning === false) return won.length ? null : []
    const claimed = await adapter.find({
      collection: 'payload-jobs',
      where: { id: { in: won } },
      limit: won.length,
      sort: args.sort,
      pagination: false,
      req: args.req,
    })
    return claimed.docs as Awaited<ReturnType<BaseDatabaseAdapter['updateJobs']>>
  }
}
