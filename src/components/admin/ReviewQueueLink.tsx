'use client'
import Link from 'next/link'
import { useEffect, useState } from 'react'

/** Unread inbox messages, looked up again every minute while the admin is open. */
function useUnread(): number | null {
  const [unread, setUnread] = useState<number | null>(null)
  useEffect(() => {
    let stopped = false
    const look = async () => {
      const res = await fetch('/api/notifications?where[readAt][exists]=false&limit=1&depth=0', {
        credentials: 'include',
      }).catch(() => null)
      const body = res?.ok ? ((await res.json()) as { totalDocs?: number }) : null
      if (!stopped && typeof body?.totalDocs === 'number') setUnread(body.totalDocs)
    }
    void look()
    const timer = setInterval(() => void look(), 60_000)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [])
  return unread
}

/**
 * The newsroom's working views at the end of the admin's navigation, the inbox with its unread count. Not
 * prefetched (as Payload's own nav links are not): the nav is on every admin page, and prefetching would render all
 * three views on the server each time any page opens, while that page is still building its form.
 */
export function ReviewQueueLink() {
  const unread = useUnread()
  return (
    <>
      <Link
        href="/admin"
        prefetch={false}
        className="nav__link"
        style={{ fontWeight: 600 }}
        data-nav-inbox={unread ?? ''}
      >
        Inbox{unread ? ` (${unread})` : ''}
      </Link>
      <Link href="/admin/review" prefetch={false} className="nav__link" style={{ fontWeight: 600 }}>
        Review queue
      </Link>
      <Link href="/admin/photo-desk" prefetch={false} className="nav__link" style={{ fontWeight: 600 }}>
        Photo desk
      </Link>
    </>
  )
}
