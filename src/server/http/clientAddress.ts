/**
 * The request header in which the production server tells the app who the client is (see domain/auth/throttle
 * clientAddress). Any copy a client sends is removed first.
 */
export const CLIENT_ADDRESS_HEADER = 'x-masthead-client-address'
