import type { PayloadRequest } from 'payload'

/** An endpoint's JSON body as an object, or null when there is none or it is not a JSON object. */
export async function readBody(req: PayloadRequest): Promise<Record<string, unknown> | null> {
  try {
    const body = typeof req.json === 'function' ? await req.json() : req.data
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null
  } catch {
    return null
  }
}
