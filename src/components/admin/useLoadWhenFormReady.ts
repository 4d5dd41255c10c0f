'use client'
import { useFormInitializing } from '@payloadcms/ui'
import { type DependencyList, useEffect } from 'react'

import { browserIdle } from './quietMoment'

/** How long a load may wait for an idle moment once the form is ready. */
const IDLE_TIMEOUT_MS = 500

/**
 * Runs `load` once the form can be typed into and the browser has an idle moment, and again whenever `deps` change:
 * for what a panel beside the form looks up. Started as the page opened, those requests and the renders of their
 * answers competed with building the form, and the headline took that much longer to accept typing.
 */
export function useLoadWhenFormReady(load: () => void, deps: DependencyList): void {
  const initializing = useFormInitializing()
  useEffect(() => {
    if (initializing) return
    // `deps` say when to load again, as they would for useEffect.
    const handle = browserIdle.request(load, IDLE_TIMEOUT_MS)
    return () => browserIdle.cancel(handle)
  }, [initializing, ...deps])
}
