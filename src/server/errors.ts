import { APIError } from 'payload'

export type RefusalStatus = 400 | 403 | 404 | 409 | 413 | 415 | 422

/**
 * A refusal the caller caused and can fix: its message reaches REST, GraphQL and the admin UI as written.
 * The name is set by hand because minified production builds erase class names, and Payload replaces the
 * message of a nameless error with "An unknown error occurred".
 */
export class Refusal extends APIError {
  constructor(message: string, status: RefusalStatus) {
    super(message, status, null, true)
    this.name = 'Refusal'
  }
}
