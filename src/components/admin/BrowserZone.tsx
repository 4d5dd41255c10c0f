'use client'
import { type ReactNode, useEffect, useState } from 'react'

const LOCK_DIALOG = '.document-locked__content'
const LOCK_TIME = `${LOCK_DIALOG} > p:last-of-type > strong::after`

/**
 * Payload's own times in the admin (Last Modified, versions, "editing since" in the lock dialog) are in the browser's
 * zone. The date format names it where Payload uses it; the lock dialog formats its time itself, so the zone is
 * added after it from a CSS variable. The variable is set on the dialog's content only: set on the page's root, it
 * made the browser restyle every element of the page while the form was being built.
 */
export function BrowserZone({ children }: { children: ReactNode }) {
  const [zone, setZone] = useState<string | null>(null)
  useEffect(() => {
    const offset = new Intl.DateTimeFormat('en-US', { timeZoneName: 'shortOffset' })
      .formatToParts(new Date())
      .find((part) => part.type === 'timeZoneName')?.value
    if (offset) setZone(`(${offset})`)
  }, [])
  return (
    <>
      <style>{`${LOCK_TIME} { content: " " var(--masthead-browser-zone, ""); }`}</style>
      {zone && <style>{`${LOCK_DIALOG} { --masthead-browser-zone: ${JSON.stringify(zone)}; }`}</style>}
      {children}
    </>
  )
}
