import type { Field } from 'payload'

/** A task's input or output: required fields of text (long text where named in `long`). */
export const requiredText = (names: string[], long: string[] = []): Field[] =>
  names.map((name): Field =>
    long.includes(name) ? { name, type: 'textarea', required: true } : { name, type: 'text', required: true },
  )
