/**
 * Where to cut a rendition of another shape out of a picture so that the photo desk's focal point stays in it.
 * The picture is first scaled to just cover the target (so the decoder can shrink on load), then the target
 * window is placed as close to centred on the focal point as the edges allow.
 */
export type Size = { width: number; height: number }
/** Percentages from the left and top edges, as Payload stores them (0–100). */
export type FocalPoint = { x: number; y: number }

export type CropPlan = { resize: Size; extract: Size & { left: number; top: number } }

export const CENTRE: FocalPoint = { x: 50, y: 50 }

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v))

export function focalCrop(source: Size, target: Size, focal: FocalPoint = CENTRE): CropPlan {
  const scale = Math.max(target.width / source.width, target.height / source.height)
  const resize = {
    width: Math.max(target.width, Math.round(source.width * scale)),
    height: Math.max(target.height, Math.round(source.height * scale)),
  }
  const fx = clamp(Number.isFinite(focal.x) ? focal.x : 50, 0, 100) / 100
  const fy = clamp(Number.isFinite(focal.y) ? focal.y : 50, 0, 100) / 100
  return {
    resize,
    extract: {
      left: clamp(Math.round(fx * resize.width - target.width / 2), 0, resize.width - target.width),
      top: clamp(Math.round(fy * resize.height - target.height / 2), 0, resize.height - target.height),
      width: target.width,
      height: target.height,
    },
  }
}

export const isCentred = (focal: Partial<FocalPoint> | null | undefined) =>
  focal?.x === undefined ||
  focal.x === null ||
  focal.y === undefined ||
  focal.y === null ||
  (Math.round(focal.x) === 50 && Math.round(focal.y) === 50)
