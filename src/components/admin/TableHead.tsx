/** The header row of the desk's tables, in the admin's quiet small type (an empty name leaves a blank column). */
export function TableHead({ columns }: { columns: string[] }) {
  return (
    <thead>
      <tr style={{ textAlign: 'left', fontSize: 12, opacity: 0.7 }}>
        {columns.map((name, i) => (name ? <th key={name}>{name}</th> : <th key={`blank-${i}`} />))}
      </tr>
    </thead>
  )
}
