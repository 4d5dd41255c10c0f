/** Time-zone rules shared by the site, the importer and the admin. */
export function isValidTimeZone(tz: string): boolean {
  if (!tz) return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

/** Building an Intl formatter costs far more than using one: one per (kind, locale, zone), kept. */
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(kind: 'reader' | 'parts', locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${locale}|${timeZone}`
  let f = formatters.get(key)
  if (!f) {
    f =
      kind === 'reader'
        ? new Intl.DateTimeFormat(locale, {
            timeZone,
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
            // Chinese pages write the date and time alone ("2024年4月14日 12:48"): readers know the paper's zone.
            timeZoneName: locale.startsWith('zh') ? undefined : 'short',
          })
        : new Intl.DateTimeFormat(locale, {
            timeZone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
            hourCycle: 'h23',
          })
    formatters.set(key, f)
  }
  return f
}

/** "14 April 2024, 12:48 CST"-style text for a reader, in the publication's zone. */
export function formatInZone(instant: Date | string, timeZone: string, locale = 'en-GB'): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant
  return formatter('reader', locale, timeZone).format(date)
}

/** ISO 8601 with the zone's offset (2024-04-14T12:48:00+08:00), as JSON-LD and feeds want it. */
export function isoInZone(instant: Date | string, timeZone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant
  const parts = Object.fromEntries(
    formatter('parts', 'en-US', timeZone)
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  )
  const local = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second)
  const offsetMinutes = Math.round((local - Math.floor(date.getTime() / 1000) * 1000) / 60000)
  const sign = offsetMinutes >= 0 ? '+' : '-'
  const abs = Math.abs(offsetMinutes)
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`
}

/**
 * The instant at which a wall-clock time (y, m, d, h, min) happens in `timeZone`.
 * Two passes settle the offset across DST changes.
 */
export function zonedWallTimeToInstant(
  wall: { year: number; month: number; day: number; hour: number; minute: number },
  timeZone: string,
): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute)
  let guess = asUtc
  for (let i = 0; i < 2; i++) {
    const iso = isoInZone(new Date(guess), timeZone)
    const m = /([+-])(\d{2}):(\d{2})$/.exec(iso)!
    const offset = (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3])
    guess = asUtc - offset * 60000
  }
  return new Date(guess)
}

/** "Asia/Shanghai · UTC+8": how the admin names the zone its times are in (the offset of `at`, DST included). */
export function zoneLabel(timeZone: string, at: Date = new Date()): string {
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(isoInZone(at, timeZone))!
  const hours = String(Number(offset[2]))
  const minutes = offset[3] === '00' ? '' : `:${offset[3]}`
  return `${timeZone} · UTC${offset[1]}${hours}${minutes}`
}

/** The start and end of the day `now` falls on in `timeZone`, as ISO instants (a DST day is 23 or 25 hours). */
export function dayInZone(now: Date, timeZone: string): { start: string; end: string } {
  const [year, month, day] = isoInZone(now, timeZone).slice(0, 10).split('-').map(Number)
  const midnight = (d: number) => zonedWallTimeToInstant({ year, month, day: d, hour: 0, minute: 0 }, timeZone)
  return { start: midnight(day).toISOString(), end: midnight(day + 1).toISOString() }
}

/** The time a story is shown and sorted by: its release time, else when it first went live, else its last change. */
export const releaseTimeOf = (story: {
  releasedAt?: string | null
  firstPublishedAt?: string | null
  updatedAt?: string | null
}): string => story.releasedAt ?? story.firstPublishedAt ?? story.updatedAt ?? ''
