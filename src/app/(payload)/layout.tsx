/* Payload's admin shell. Generated shape; keep in step with @payloadcms/next. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import type { ServerFunctionClient } from 'payload'
import type React from 'react'

import { TOASTER_ROOT_RULES } from '@/components/admin/firstPaint'

import { importMap } from './admin/importMap.js'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return handleServerFunctions({ ...args, config, importMap })
}

const Layout = ({ children }: { children: React.ReactNode }) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {/* Before the page's content, so the root has these values before the form is built: see firstPaint.ts. */}
    <style>{TOASTER_ROOT_RULES}</style>
    {children}
  </RootLayout>
)

export default Layout
