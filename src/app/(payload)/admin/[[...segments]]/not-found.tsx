import config from '@payload-config'
import { NotFoundPage } from '@payloadcms/next/views'

import { importMap } from '../importMap.js'
import { generateMetadata } from './page'

export { generateMetadata }

const NotFound = ({ params, searchParams }: Parameters<typeof generateMetadata>[0]) =>
  NotFoundPage({ config, params, searchParams, importMap })

export default NotFound
