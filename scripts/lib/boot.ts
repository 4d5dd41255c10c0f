import { getPayload, type Payload } from 'payload'

/**
 * Boots Payload for a command-line script. The config is imported dynamically: a static import of the config
 * next to `payload` in a script's entry module can deadlock Node's ESM loader (exit code 13, no output).
 */
export async function bootPayload(): Promise<Payload> {
  const { default: config } = await import('../../payload.config.ts')
  return getPayload({ config })
}
