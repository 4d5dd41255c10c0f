import fs from 'node:fs'
import path from 'node:path'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import type { Env } from './env'

/** Messages sent without SMTP, newest last: what development and the tests read. */
export const outbox: SendEmailOptions[] = []

/**
 * Payload's email adapter on nodemailer. With SMTP settings it sends; without them it records every message
 * (in memory and, if MAIL_OUTBOX_FILE is set, one JSON line per message) instead of losing it.
 */
export function emailAdapter(env: Env): EmailAdapter {
  const match = /^(.*)<([^>]+)>\s*$/.exec(env.mail.from)
  const defaultFromName = match ? match[1].trim() : 'Masthead'
  const defaultFromAddress = match ? match[2].trim() : env.mail.from
  const smtp = env.mail.smtp
  // Loaded on first use: nodemailer is only needed where SMTP is configured.
  let transport: Promise<import('nodemailer').Transporter> | null = null
  const smtpTransport = () =>
    (transport ??= import('nodemailer').then((m) =>
      m.default.createTransport({
        host: smtp!.host,
        port: smtp!.port,
        secure: smtp!.secure,
        auth: smtp!.user ? { user: smtp!.user, pass: smtp!.pass } : undefined,
        // nodemailer waits two minutes by default; the outbox retries sooner than that.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    ))
  return () => ({
    name: smtp ? 'smtp' : 'outbox',
    defaultFromAddress,
    defaultFromName,
    sendEmail: async (message) => {
      const full = { from: `${defaultFromName} <${defaultFromAddress}>`, ...message }
      if (smtp) return (await smtpTransport()).sendMail(full)
      outbox.push(full)
      if (env.mail.outboxFile) {
        fs.mkdirSync(path.dirname(env.mail.outboxFile), { recursive: true })
        fs.appendFileSync(env.mail.outboxFile, `${JSON.stringify(full)}\n`)
      }
      return { accepted: [full.to], recorded: true }
    },
  })
}
