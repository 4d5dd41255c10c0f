import type { Field } from 'payload'

/** A picture's credit as printed under it; photographer and agency are read from it where they are not given. */
export const creditLineField = (name: 'credit' | 'creditLine'): Field => ({
  name,
  type: 'text',
  maxLength: 200,
  admin: { description: 'As printed: "Photo by … reporter …", "… /Photo taken", "Photo: Jane Smith/AP".' },
})
