/** What a page does that says someone is at work on it (typing, clicking, touching). */
const ACTIVITY = ['keydown', 'pointerdown'] as const

type IdleScheduler = {
  request(run: () => void, timeoutMs: number): number
  cancel(handle: number): void
}

/** `requestIdleCallback` where the browser has it (Safari does not), a short timer elsewhere. */
export const browserIdle: IdleScheduler =
  typeof requestIdleCallback === 'function'
    ? {
        request: (run, timeout) => requestIdleCallback(run, { timeout }),
        cancel: (handle) => cancelIdleCallback(handle),
      }
    : {
        request: (run) => setTimeout(run, 50) as unknown as number,
        cancel: (handle) => clearTimeout(handle),
      }

export type QuietMomentOptions = { quietMs?: number; idleTimeoutMs?: number; idle?: IdleScheduler }

/**
 * Calls `run` once, when nobody has typed or clicked on `target` for `quietMs` and the browser then has an idle
 * moment: for work that blocks the page for a while (mounting a rich-text editor) and should never land under
 * someone's keystrokes. Any activity before then starts the wait again. Returns a cancel function.
 */
export function afterQuietMoment(target: EventTarget, run: () => void, options: QuietMomentOptions = {}): () => void {
  const { quietMs = 400, idleTimeoutMs = 1000, idle = browserIdle } = options
  let timer: ReturnType<typeof setTimeout> | undefined
  let idleHandle: number | undefined
  let done = false
  const stopWaiting = () => {
    clearTimeout(timer)
    if (idleHandle !== undefined) idle.cancel(idleHandle)
    idleHandle = undefined
  }
  const cancel = () => {
    done = true
    stopWaiting()
    for (const type of ACTIVITY) target.removeEventListener(type, restart, true)
  }
  function restart() {
    if (done) return
    stopWaiting()
    timer = setTimeout(() => {
      idleHandle = idle.request(() => {
        if (done) return
        cancel()
        run()
      }, idleTimeoutMs)
    }, quietMs)
  }
  for (const type of ACTIVITY) target.addEventListener(type, restart, true)
  restart()
  return cancel
}
