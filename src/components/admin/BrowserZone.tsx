'use client'
import { type ReactNode, useEffect } from 'react'

/**
 * Payload's own times in the admin (Last Modified, versions, "editing since" in the lock dialog) are in the browser's
 * zone. The date format names it where Payload uses it; the lock dialog formats its time itself, so the zone is
 * added after it from a CSS variable set here.
 */
export function BrowserZone({ children }: { children: ReactNode }) {
  useEffect(() => {
    const offset = new Intl.DateTimeFormat('en-US', { timeZoneName: 'shortOffset' })
      .formatToParts(new Date())
      .find((part) => part.type === 'timeZoneName')?.value
    if (offset) document.documentElement.style.setProperty('--masthead-browser-zone', JSON.stringify(`(${offset})`))
  }, [])
  return (
    <>
      <style>{`.document-locked__content > p:last-of-type > strong::after { content: " " var(--masthead-browser-zone, ""); }`}</style>
      {children}
    </>
  )
}
