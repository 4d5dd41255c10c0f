import { describe, expect, it } from 'vitest'

import { baseUrl, staff } from '../http/client'
import { fuzzRequests } from './fuzzer'

/**
 * 2,000 random malformed requests from a seeded generator: the server must answer every one below 500 and still be
 * healthy. The seed is fixed so that CI is repeatable; FUZZ_SEED explores others (a failure prints the seed and
 * the requests that failed).
 */
describe('fuzzing', () => {
  it('2,000 random malformed requests: none answers 5xx, and the server stays healthy', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? 20261129)
    const editor = await staff('editor')
    const requests = fuzzRequests(seed, 2000)
    const failures: string[] = []
    let next = 0
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < requests.length) {
          const { method, path, body, headers, asStaff } = requests[next++]
          const res = await fetch(baseUrl() + path, {
            method,
            body,
            redirect: 'manual',
            headers: asStaff ? { ...headers, Authorization: `JWT ${editor.token}` } : headers,
          })
          const text = await res.text()
          if (res.status >= 500)
            failures.push(
              `${res.status} ${method} ${path} ${body ? `body=${body.slice(0, 200)}` : ''} → ${text.slice(0, 200)}`,
            )
        }
      }),
    )
    expect(failures, `seed ${seed}:\n${failures.slice(0, 20).join('\n')}`).toEqual([])
    const health = await fetch(`${baseUrl()}/api/health`)
    expect(health.status).toBe(200)
  })
})
