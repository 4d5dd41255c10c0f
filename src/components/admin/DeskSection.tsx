import type { ReactNode } from 'react'

/** One titled list on a desk page (home, review queue, photo desk): its count in the heading, a line when empty. */
export function DeskSection({
  id,
  title,
  count,
  empty = 'Nothing here.',
  children,
}: {
  id?: string
  title: string
  count: number
  empty?: string
  children: ReactNode
}) {
  return (
    <section data-desk-section={id} style={{ marginBottom: 32 }}>
      <h2 style={{ fontSize: 18 }}>
        {title} <span style={{ opacity: 0.6 }}>({count})</span>
      </h2>
      {count === 0 ? <p style={{ opacity: 0.7 }}>{empty}</p> : children}
    </section>
  )
}
