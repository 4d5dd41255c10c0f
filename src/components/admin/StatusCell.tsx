'use client'
import type { DefaultCellComponentProps } from 'payload'

import { StatusBadge } from './StatusBadge'

export function StatusCell({ cellData }: DefaultCellComponentProps) {
  return <StatusBadge state={cellData as string} />
}
