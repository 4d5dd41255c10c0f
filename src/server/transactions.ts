import {
  type BaseDatabaseAdapter,
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'

type Work = () => unknown
type TransactionID = number | string

const waiting = new Map<TransactionID, Work[]>()
const running = new Set<Promise<unknown>>()

/**
 * Runs `work` once the request's transaction has committed — at once when there is none — and never when it rolls
 * back. What leaves the process (a page purge, a job kick) must not act on a change that may still be undone, nor
 * hold the database's single writer while it waits on a network.
 */
export async function afterCommit(req: Pick<PayloadRequest, 'transactionID' | 'payload'>, work: Work): Promise<void> {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  if (!id) return void start(req.payload.logger, work)
  const list = waiting.get(id) ?? []
  list.push(work)
  waiting.set(id, list)
}

/** Everything started after a commit has finished (tests and a clean shutdown wait on it). */
export async function afterCommitSettled(): Promise<void> {
  while (running.size) await Promise.allSettled([...running])
}

function start(logger: { error: (o: object) => void }, work: Work) {
  const done = Promise.resolve()
    .then(work)
    .catch((err: unknown) => logger.error({ err, msg: 'Work after a commit failed' }))
  running.add(done)
  void done.finally(() => running.delete(done))
}

/**
 * Hooks the adapter's commit and rollback: a commit runs what waited for it; a rollback drops it. `commitFailure`
 * (called before the commit, asked after it) reports a failed COMMIT that the adapter
 * itself swallows (drizzle does), so the operation fails instead of answering success for a write that did not happen.
 */
export function trackTransactions(adapter: BaseDatabaseAdapter, commitFailure?: () => () => unknown) {
  const commit = adapter.commitTransaction
  const rollback = adapter.rollbackTransaction
  adapter.commitTransaction = async (incoming) => {
    const id = incoming instanceof Promise ? await incoming : incoming
    const check = commitFailure?.()
    await commit.call(adapter, id)
    const list = waiting.get(id) ?? []
    waiting.delete(id)
    const failure = check?.()
    if (failure) throw failure
    for (const work of list) start(adapter.payload.logger, work)
  }
  adapter.rollbackTransaction = async (incoming) => {
    const id = incoming instanceof Promise ? await incoming : incoming
    waiting.delete(id)
    await rollback.call(adapter, id)
  }
}

/**
 * Runs `work` as one database transaction on `req`: committed when it returns, rolled back when it throws. Where no
 * transaction could be opened (an adapter without them, or one already owned by a caller), `undo` compensates for
 * what `work` wrote before it failed.
 */
export async function inTransaction<T>(
  req: PayloadRequest,
  work: () => Promise<T>,
  undo?: () => Promise<unknown>,
): Promise<T> {
  const owns = await initTransaction(req)
  try {
    const result = await work()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    else await undo?.()
    throw error
  }
}
