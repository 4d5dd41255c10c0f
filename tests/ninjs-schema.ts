import fs from 'node:fs'
import path from 'node:path'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'

/** A validator for the ninjs 2.0 schema kept in the test fixtures. */
export function ninjsValidator() {
  const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, 'fixtures/ninjs-2.0.schema.json'), 'utf8'))
  const ajv = new Ajv({ allErrors: true, strict: false })
  addFormats(ajv)
  const validate = ajv.compile(schema)
  return (item: unknown) =>
    validate(item) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`)
}
