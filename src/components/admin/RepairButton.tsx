'use client'
import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** Runs the repair on the server and shows what it did. */
export function RepairButton() {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const repair = async () => {
    setBusy(true)
    try {
      const res = await fetch('/api/workflow-recovery', { method: 'POST', credentials: 'include' })
      const body = (await res.json().catch(() => null)) as { repaired?: number; errors?: { message: string }[] } | null
      if (!res.ok) toast.error(body?.errors?.[0]?.message ?? `The repair failed (${res.status}).`)
      else toast.success(`Repaired ${body?.repaired ?? 0}.`)
      router.refresh()
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button onClick={repair} disabled={busy}>
      {busy ? 'Repairing…' : 'Repair all'}
    </Button>
  )
}
