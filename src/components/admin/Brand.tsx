/** Masthead's mark, the site's favicon (src/app/icon.svg) drawn in the admin theme's colours. */
function Mark({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="6" fill="currentColor" />
      <path d="M8 23V9h3l5 7 5-7h3v14h-3v-9l-5 7-5-7v9z" fill="var(--theme-bg, #fff)" />
    </svg>
  )
}

/** The login page's logo. */
export function Logo() {
  return (
    <span
      data-masthead-logo
      style={{ display: 'inline-flex', alignItems: 'center', gap: 12, fontSize: 28, fontWeight: 700 }}
    >
      <Mark size={40} /> Masthead
    </span>
  )
}

/** The navigation's icon. */
export function Icon() {
  return <Mark size={24} />
}
