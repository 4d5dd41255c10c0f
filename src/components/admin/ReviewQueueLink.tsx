'use client'
import Link from 'next/link'

/** The newsroom's two working views, at the end of the admin's navigation. */
export function ReviewQueueLink() {
  return (
    <>
      <Link href="/admin/review" className="nav__link" style={{ fontWeight: 600 }}>
        Review queue
      </Link>
      <Link href="/admin/photo-desk" className="nav__link" style={{ fontWeight: 600 }}>
        Photo desk
      </Link>
    </>
  )
}
