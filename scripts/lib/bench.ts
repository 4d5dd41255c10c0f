/** What the benchmark scripts share: medians, a printed table, and a main() that exits with its outcome. */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export function printTable(title: string, rows: [string, string][]) {
  const w = Math.max(...rows.map((r) => r[0].length))
  console.log(`\n${title}`)
  for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`)
}

export function runBenchmark(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}
