import { feedResponse } from '@/server/publishing'

export const dynamic = 'force-dynamic'

export function GET() {
  return feedResponse('atom')
}
