import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createRequestGuard, LINGER } from '@/server/http/guard'

const LIMIT = 64 * 1024

/** A server with only the guard in front of a handler that drains and answers 200. */
let server: http.Server
let port: number
beforeAll(async () => {
  const guard = createRequestGuard({
    bodyMaxBytes: LIMIT,
    uploadMaxBytes: 16 * 1024 * 1024,
    uploadPaths: /^\/api\/photos$/,
    uploadsAtOnce: 1,
    uploadsWaiting: 1,
    apiAtOnce: 4,
    apiWaiting: 4,
    graphqlPath: '/api/graphql',
    trustedProxies: [],
  })
  server = http.createServer(async (req, res) => {
    const outcome = await guard(req, res)
    if (outcome.refused) return
    if (req.url === '/api/photos') {
      // As Payload answers an upload without a valid login: at once, the body unread.
      res.writeHead(401, { 'Content-Type': 'application/json' })
      res.end('{"errors":[{"message":"You are not allowed to perform this action."}]}')
      outcome.release?.()
      return
    }
    req.resume()
    req.on('end', () => {
      res.end('ok')
      outcome.release?.()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/**
 * Writes the head and the whole body, and reads the answer only once the body is written (or the write failed), as
 * curl and most upload clients do: a reset that arrives while the body is still going out loses the answer.
 */
function send(head: string, body: Buffer): Promise<{ status: number; error?: string }> {
  return new Promise((resolve) => {
    let text = ''
    const status = () => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(head.replace(/\n/g, '\r\n') + '\r\n\r\n')
      socket.write(body, (error) => {
        if (error) resolve({ status: status(), error: (error as NodeJS.ErrnoException).code })
        else socket.resume()
      })
    })
    socket.pause()
    socket.setEncoding('latin1')
    socket.on('data', (chunk) => (text += chunk))
    socket.on('error', (e: NodeJS.ErrnoException) => resolve({ status: status(), error: e.code }))
    socket.on('close', () => resolve({ status: status() }))
  })
}

const chunked = (bytes: number) =>
  Buffer.concat([Buffer.from(`${bytes.toString(16)}\r\n`), Buffer.alloc(bytes, 0x62), Buffer.from('\r\n0\r\n\r\n')])

describe('a refused body still being sent', () => {
  it('gets its 413, never a reset: the rest in flight is read and dropped before the connection closes', async () => {
    // Closing with unread bytes in the socket makes the kernel send a reset; the client, still writing, fails on
    // the reset and never reads the answer waiting for it.
    const body = chunked(4 * 1024 * 1024)
    const outcomes = await Promise.all(
      [
        ['articles', 'application/json'], // a document, held and parsed by the guard
        ['graphql', 'application/json'], // a GraphQL document, held
        ['users/login', 'application/json'],
        ['users/forgot-password', 'text/plain'], // streamed to the handler, counted on the way
        ['tags', 'application/x-www-form-urlencoded'],
        ['articles', 'application/json'],
        ['graphql', 'application/json'],
        ['tags', 'text/plain'],
      ].map(([path, type]) =>
        send(`POST /api/${path} HTTP/1.1\nHost: x\nContent-Type: ${type}\nTransfer-Encoding: chunked`, body).then(
          (outcome) => ({ path, type, ...outcome }),
        ),
      ),
    )
    expect(outcomes.filter((o) => o.status !== 413)).toEqual([])
  })

  it('a declared length a few times the limit, on a connection the client asked to close: 413, never a reset', async () => {
    const bytes = 4 * 1024 * 1024
    const outcomes = await Promise.all(
      ['articles', 'graphql', 'tags', 'users/login'].map((path) =>
        send(
          `POST /api/${path} HTTP/1.1\nHost: x\nConnection: close\nContent-Type: application/json\nContent-Length: ${bytes}`,
          Buffer.alloc(bytes, 0x62),
        ).then((outcome) => ({ path, ...outcome })),
      ),
    )
    expect(outcomes.filter((o) => o.status !== 413)).toEqual([])
  })

  it('an answer from behind the guard given before the body is read, on a closing connection: never a reset', async () => {
    const bytes = 4 * 1024 * 1024
    const outcomes = await Promise.all(
      [1, 2, 3, 4].map(() =>
        send(
          `POST /api/photos HTTP/1.1\nHost: x\nConnection: close\nContent-Type: multipart/form-data; boundary=zz\nContent-Length: ${bytes}`,
          Buffer.alloc(bytes, 0x62),
        ),
      ),
    )
    expect(outcomes.filter((o) => o.status !== 401)).toEqual([])
  })

  it('a client that sent its whole body and closed its side still reads the whole 413', async () => {
    const text = await new Promise<string>((resolve) => {
      let received = ''
      const socket = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true }, () => {
        socket.write(
          'POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
        )
        socket.end(chunked(4 * LIMIT))
      })
      socket.setEncoding('latin1')
      socket.on('data', (chunk) => (received += chunk))
      socket.on('close', () => resolve(received))
      socket.on('error', () => resolve(received))
    })
    expect(text).toMatch(/^HTTP\/1\.1 413/)
    expect(text).toMatch(/passed the limit/)
  })

  it('a client that reads its 413 but trickles on and never closes is cut off after a bounded time', async () => {
    const started = Date.now()
    const outcome = await new Promise<{ text: string; answeredAt: number; cutAt: number }>((resolve) => {
      let text = ''
      let answeredAt = 0
      const socket = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true }, () =>
        socket.write(
          `POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${1024 * LIMIT}\r\n\r\n`,
        ),
      )
      // One byte of body every 100 ms: a connection the server could otherwise be made to hold for ever.
      const trickle = setInterval(() => socket.write('a'), 100)
      socket.setEncoding('latin1')
      socket.on('data', (chunk) => (text += chunk))
      socket.on('end', () => (answeredAt = Date.now())) // the server's FIN: the answer is complete
      const done = () => {
        clearInterval(trickle)
        resolve({ text, answeredAt, cutAt: Date.now() })
      }
      socket.on('error', done)
      socket.on('close', done)
    })
    expect(outcome.text).toMatch(/^HTTP\/1\.1 413/)
    expect(outcome.answeredAt - started).toBeLessThan(LINGER.ms)
    expect(outcome.cutAt - started).toBeGreaterThanOrEqual(LINGER.ms)
    expect(outcome.cutAt - started).toBeLessThan(LINGER.ms + 2500)
  })

  it('a client that keeps sending past the bound is cut off rather than read for ever', async () => {
    const endless = 1024 * 1024 * 1024
    const piece = Buffer.alloc(1024 * 1024, 0x62)
    const outcome = await new Promise<{ written: number; error?: string }>((resolve) => {
      let written = 0
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(
          `POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${endless.toString(16)}\r\n`,
        )
        const more = () => {
          while (written < endless && !socket.destroyed) {
            written += piece.length
            if (!socket.write(piece)) return void socket.once('drain', more)
          }
        }
        more()
      })
      socket.on('error', (e: NodeJS.ErrnoException) => resolve({ written, error: e.code }))
      socket.on('close', () => resolve({ written }))
    })
    expect(outcome.error).toMatch(/ECONNRESET|EPIPE/)
    expect(outcome.written).toBeLessThan(endless)
    expect(outcome.written).toBeGreaterThan(LINGER.bytes)
  })
})
