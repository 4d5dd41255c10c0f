/** What the site settings say until an admin fills them in. */
export const SITE_DEFAULTS = {
  name: 'The Masthead Times',
  /** Empty: pages then carry no description, and feeds say "Latest stories from …". */
  description: '',
  language: 'en',
  timeZone: 'Asia/Shanghai',
  baseUrl: 'http://localhost:3000',
}
