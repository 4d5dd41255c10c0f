import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  FieldHook,
} from 'payload'

import { isCentred } from '../domain/photos/focalCrop'
import { isEmptyField, type PhotoMetadata, photoFieldsFromMetadata } from '../domain/photos/metadata'
import { RENDITIONS } from '../domain/photos/renditions'
import { getEnv } from '../server/env'
import { recropAroundFocalPoint } from '../server/photos/recrop'
import { mediaStore } from '../server/photos/store'
import { refusal, URL_UPLOADS_OFF } from '../server/errors'
import { filenameProblem, inspectAndClean, safeFilename } from '../server/photos/upload'

const UPLOAD_CONTEXT = 'masthead.photoUpload'
const FOCAL_CONTEXT = 'masthead.requestedFocalPoint'
/** Set by the storage plugin while it saves what the bucket answered: part of the same save, not a new one. */
const STORAGE_PLUGIN_SAVE = 'skipCloudStorage'
type UploadFacts = { metadata: PhotoMetadata; contentHash: string }

/**
 * Payload fetches a document's `url` itself when no file comes with it, after this gate would have run (no
 * sniffing, stripping or pixel cap). Its header filter runs before every such fetch: it refuses them all.
 */
export const refuseUrlUploads = (): never => {
  throw refusal('invalid_request', URL_UPLOADS_OFF)
}

/** Runs before Payload stores the file: refuses what is not a sound picture, and swaps in the cleaned bytes. */
export const cleanUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (req.context[STORAGE_PLUGIN_SAVE]) return args
  if (!req.file?.data) {
    // One request may save several photos (an import): a note left by an earlier one's file is not this one's.
    delete req.context[UPLOAD_CONTEXT]
    return args
  }
  const data = args.data as { focalX?: unknown; focalY?: unknown } | undefined
  const badName = req.payloadAPI === 'local' ? null : filenameProblem(req.file.name)
  if (badName) throw refusal('invalid_request', badName)
  const cleaned = await inspectAndClean(req.file.data, getEnv().photos)
  req.file.data = cleaned.data
  req.file.size = cleaned.data.length
  req.file.mimetype = cleaned.mimetype
  req.file.name = safeFilename(req.file.name, cleaned.extension)
  req.context[UPLOAD_CONTEXT] = { metadata: cleaned.metadata, contentHash: cleaned.contentHash } satisfies UploadFacts
  req.context[FOCAL_CONTEXT] = { focalX: data?.focalX, focalY: data?.focalY }
  return args
}

/** Fills what the desk left empty from the picture's own metadata, and flags a second upload of the same bytes. */
export const prefillFromMetadata: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const facts = req.context[UPLOAD_CONTEXT] as UploadFacts | undefined
  if (!facts || req.context[STORAGE_PLUGIN_SAVE]) return data
  const fill = photoFieldsFromMetadata(facts.metadata)
  // A new file never rewrites the caption of a photo that has one.
  if (operation !== 'create') delete fill.defaultCaption
  for (const [key, value] of Object.entries(fill)) if (value && isEmptyField(data[key])) data[key] = value
  const { docs } = await req.payload.find({
    collection: 'photos',
    where: {
      contentHash: { equals: facts.contentHash },
      ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}),
    },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
  })
  return { ...data, contentHash: facts.contentHash, duplicateOf: docs[0]?.id ?? null }
}

/**
 * Payload cuts renditions around the centre. When the desk's focal point is elsewhere (set with the upload or
 * changed later), the renditions that crop are cut again around it, where the files are stored. Runs after the
 * storage plugin's own afterChange (see `payload.config.ts`): with a bucket, the files are there only then.
 */
export const recropForFocalPoint: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (req.context[STORAGE_PLUGIN_SAVE]) return doc
  const focal = { x: doc.focalX, y: doc.focalY }
  const moved =
    operation === 'update' &&
    ((doc.focalX ?? null) !== (previousDoc?.focalX ?? null) || (doc.focalY ?? null) !== (previousDoc?.focalY ?? null))
  // The storage plugin lets go of `req.file` once it has stored it; the upload gate's note stays.
  const newPicture = Boolean(req.context[UPLOAD_CONTEXT]) && !isCentred(focal)
  if (!moved && !newPicture) return doc
  await recropAroundFocalPoint(mediaStore(), doc, { x: doc.focalX ?? 50, y: doc.focalY ?? 50 }, RENDITIONS)
  return doc
}

/**
 * With its focal-point resizing off, Payload blanks focalX/focalY whenever a file arrives. The value the desk sent
 * with the file (else the one the photo had) is put back before validation.
 */
export function keepFocalPoint(axis: 'focalX' | 'focalY'): FieldHook {
  return ({ value, req, originalDoc }) => {
    if (!req.file) return value
    const requested = (req.context[FOCAL_CONTEXT] as Record<string, unknown> | undefined)?.[axis]
    return requested ?? value ?? originalDoc?.[axis] ?? null
  }
}
