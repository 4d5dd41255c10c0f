'use client'
import { useDocumentInfo, useForm } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

import { isUntouchedStory } from '@/domain/desk/newStory'

/** Forms showing each story now; a story is only removed once no form shows it (React may remount at once). */
const open = new Map<string, number>()

/**
 * Payload creates the story the moment "Create New" opens. Whoever leaves it without writing anything takes it
 * with them: on leaving (another admin page, a closed tab), an untouched story is removed; the server checks
 * again that nothing was written.
 */
export function LeaveUntouched() {
  const { id } = useDocumentInfo()
  const { getData } = useForm()
  const read = useRef(getData)
  read.current = getData

  useEffect(() => {
    if (id === undefined || id === null) return
    // Only a story that was empty when this form opened: an older draft someone emptied is theirs to delete.
    if (!isUntouchedStory(read.current())) return
    const key = String(id)
    open.set(key, (open.get(key) ?? 0) + 1)
    const removeIfUntouched = () => {
      if (!isUntouchedStory(read.current())) return
      void fetch(`/api/articles/${key}/untouched`, { method: 'DELETE', credentials: 'include', keepalive: true })
    }
    window.addEventListener('pagehide', removeIfUntouched)
    // Says the page will clean up after itself (what a browser test waits for before it leaves).
    document.body.dataset.untouchedStory = key
    return () => {
      window.removeEventListener('pagehide', removeIfUntouched)
      delete document.body.dataset.untouchedStory
      open.set(key, (open.get(key) ?? 1) - 1)
      setTimeout(() => {
        if ((open.get(key) ?? 0) > 0) return
        open.delete(key)
        removeIfUntouched()
      }, 0)
    }
  }, [id])
  return null
}
