/**
 * Sign-in throttling by client instead of an account lock. An account lock is a weapon: anyone who knows the
 * editor-in-chief's email can keep her out. Throttling the client that guesses (its address, and its address with
 * that email) costs the guesser ever longer waits and nobody else anything.
 *
 * Every attempt is counted when it starts (synchronously, so parallel guesses cannot slip past a counter that is
 * read and written back later) and forgiven when it succeeds.
 */
export type ThrottleOptions = {
  /** Attempts allowed before any wait. */
  freeAttempts: number
  /** The first wait; it doubles with each further attempt. */
  baseDelayMs: number
  maxDelayMs: number
  /** A client that stays away this long starts afresh. */
  forgetAfterMs: number
  /** Clients remembered at most (the oldest are forgotten first), so a flood of addresses cannot exhaust memory. */
  maxClients: number
}

export const LOGIN_THROTTLE: ThrottleOptions = {
  freeAttempts: 5,
  baseDelayMs: 2_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
  maxClients: 50_000,
}

/**
 * Password-reset requests for one email address (known or not, so the answer tells nothing): one mail, then a wait
 * of 15 s that doubles with each further request, so nobody's inbox can be flooded with reset links.
 */
export const RESET_PER_EMAIL: ThrottleOptions = {
  freeAttempts: 1,
  baseDelayMs: 15_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
  maxClients: 50_000,
}

type Entry = { attempts: number; lastAt: number; nextAllowedAt: number }

export class Throttle {
  private readonly entries = new Map<string, Entry>()
  constructor(private readonly options: ThrottleOptions = LOGIN_THROTTLE) {}

  /** Counts an attempt for every key; refused (with the wait) when any key must still wait. */
  attempt(keys: string[], now = Date.now()): { allowed: true } | { allowed: false; retryAfterMs: number } {
    const entries = keys.map((key) => this.entry(key, now))
    const waitUntil = Math.max(...entries.map((e) => e.nextAllowedAt))
    if (waitUntil > now) return { allowed: false, retryAfterMs: waitUntil - now }
    for (const e of entries) {
      e.attempts += 1
      e.lastAt = now
      const over = e.attempts - this.options.freeAttempts
      if (over >= 0)
        e.nextAllowedAt = now + Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** Math.min(over, 30))
    }
    return { allowed: true }
  }

  /** A successful sign-in forgives the client's earlier attempts. */
  succeeded(keys: string[]): void {
    for (const key of keys) this.entries.delete(key)
  }

  private entry(key: string, now: number): Entry {
    let e = this.entries.get(key)
    if (e && now - e.lastAt > this.options.forgetAfterMs && e.nextAllowedAt <= now) {
      this.entries.delete(key)
      e = undefined
    }
    if (!e) {
      if (this.entries.size >= this.options.maxClients) this.entries.delete(this.entries.keys().next().value as string)
      e = { attempts: 0, lastAt: now, nextAllowedAt: 0 }
      this.entries.set(key, e)
    }
    return e
  }
}

/**
 * The client's address: the socket's peer, unless that peer is one of our own proxies, in which case the address
 * that proxy appended to X-Forwarded-For (walking right to left past further trusted proxies). A client cannot
 * name itself by sending the header directly.
 */
export function clientAddress(peer: string, forwardedFor: string | undefined, trustedProxies: string[]): string {
  const normalise = (ip: string) => ip.trim().replace(/^::ffff:/, '')
  const trusted = new Set(trustedProxies.map(normalise))
  let address = normalise(peer)
  if (!forwardedFor || !trusted.has(address)) return address
  const hops = forwardedFor.split(',').map(normalise).filter(Boolean)
  while (hops.length) {
    address = hops.pop()!
    if (!trusted.has(address)) break
  }
  return address
}
