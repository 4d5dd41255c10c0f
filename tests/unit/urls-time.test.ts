import { describe, expect, it } from 'vitest'

import { formatInZone, isoInZone, isValidTimeZone, zonedWallTimeToInstant, zoneLabel } from '@/domain/time'
import { checkWebUrl } from '@/domain/urls'

describe('checkWebUrl', () => {
  it.each(['https://example.org/a?b=c', 'http://localhost:3000/x'])('accepts %s', (url) => {
    expect(checkWebUrl(url).ok).toBe(true)
  })
  it.each([
    ['javascript:alert(1)', /javascript:/],
    [' JAVASCRIPT:alert(1)', /javascript:/],
    ['data:text/html,hi', /data:/],
    ['vbscript:msgbox', /vbscript:/],
    ['ftp://example.org', /ftp:/],
    ['example.org/no-scheme', /not a valid absolute URL/],
  ])('refuses %s with a reason', (url, reason) => {
    const result = checkWebUrl(url)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(reason)
  })
})

describe('time zones', () => {
  it('knows IANA zones', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true)
    expect(isValidTimeZone('Mars/Base')).toBe(false)
    expect(isValidTimeZone('')).toBe(false)
  })

  it('turns a Beijing wall time into the right instant', () => {
    const instant = zonedWallTimeToInstant({ year: 2024, month: 4, day: 14, hour: 12, minute: 48 }, 'Asia/Shanghai')
    expect(instant.toISOString()).toBe('2024-04-14T04:48:00.000Z')
  })

  it('handles daylight saving time', () => {
    // 30 March 2025 is the first day of British Summer Time (UTC+1).
    const bst = zonedWallTimeToInstant({ year: 2025, month: 3, day: 30, hour: 12, minute: 0 }, 'Europe/London')
    expect(bst.toISOString()).toBe('2025-03-30T11:00:00.000Z')
    const gmt = zonedWallTimeToInstant({ year: 2025, month: 3, day: 29, hour: 12, minute: 0 }, 'Europe/London')
    expect(gmt.toISOString()).toBe('2025-03-29T12:00:00.000Z')
  })

  it('writes ISO 8601 with the zone offset', () => {
    expect(isoInZone('2024-04-14T04:48:00.000Z', 'Asia/Shanghai')).toBe('2024-04-14T12:48:00+08:00')
    expect(isoInZone('2024-01-15T12:00:00.000Z', 'America/New_York')).toBe('2024-01-15T07:00:00-05:00')
  })

  it('formats for readers in the publication zone', () => {
    expect(formatInZone('2024-04-14T04:48:00.000Z', 'Asia/Shanghai')).toMatch(/14 April 2024.*12:48/)
  })
})

describe('zone labels in the admin', () => {
  it('name the zone and its offset at that moment, daylight saving included', () => {
    expect(zoneLabel('Asia/Shanghai')).toBe('Asia/Shanghai · UTC+8')
    expect(zoneLabel('America/New_York', new Date('2026-01-15T12:00:00Z'))).toBe('America/New_York · UTC-5')
    expect(zoneLabel('America/New_York', new Date('2026-07-15T12:00:00Z'))).toBe('America/New_York · UTC-4')
    expect(zoneLabel('Asia/Kolkata')).toBe('Asia/Kolkata · UTC+5:30')
  })
})
