/** How a reviewed item is named in the audit trail, emails and the review queue, whatever its collection. */
export function itemTitle(doc: Record<string, unknown>, max = 200): string {
  return String(doc.headline ?? doc.title ?? doc.alt ?? doc.text ?? doc.filename ?? doc.id).slice(0, max)
}
