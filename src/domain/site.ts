/** What the site settings say until an admin fills them in. */
export const SITE_DEFAULTS = {
  name: 'The Masthead Times',
  language: 'en',
  timeZone: 'Asia/Shanghai',
  baseUrl: 'http://localhost:3000',
}
