'use client'
import Link from 'next/link'

export function ReviewQueueLink() {
  return (
    <Link href="/admin/review" className="nav__link" style={{ fontWeight: 600 }}>
      Review queue
    </Link>
  )
}
