import { STATE_LABELS, type State } from '@/domain/workflow/table'

const COLOURS: Record<State, [string, string]> = {
  draft: ['#eceae6', '#3d3a35'],
  in_review: ['#fff1c2', '#6b4e00'],
  changes_requested: ['#ffe0d6', '#8a2a0a'],
  approved: ['#dcf2e3', '#135c2d'],
  scheduled: ['#dde9ff', '#123f8c'],
  published: ['#c9ecd5', '#0c4a23'],
  archived: ['#e4e4e4', '#555'],
}

export function StatusBadge({ state }: { state: string | null | undefined }) {
  const s = (state && state in COLOURS ? state : 'draft') as State
  const [background, color] = COLOURS[s]
  return (
    <span
      data-workflow-state={s}
      style={{
        background,
        color,
        borderRadius: 999,
        padding: '2px 10px',
        fontSize: 12,
        fontWeight: 600,
        whiteSpace: 'nowrap',
      }}
    >
      {STATE_LABELS[s]}
    </span>
  )
}
