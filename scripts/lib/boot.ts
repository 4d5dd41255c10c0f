import { getPayload, type Payload } from 'payload'

/** Boots Payload for a command-line script (run through npm, so .npmrc's node options apply). */
export async function bootPayload(): Promise<Payload> {
  const { default: config } = await import('../../payload.config.ts')
  return getPayload({ config })
}
