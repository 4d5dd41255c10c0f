import sharp from 'sharp'

/** Test pictures: noise that does not compress, and the metadata agencies embed. */

/** A picture of random noise: it compresses badly, so it makes large files and real decoding work. */
export const noisePicture = (width: number, height: number) =>
  sharp({
    create: { width, height, channels: 3, background: '#888', noise: { type: 'gaussian', mean: 128, sigma: 60 } },
  })

/** Inserts an APP13 Photoshop block with IPTC IIM records (record 2) after the JPEG's SOI marker. */
export function withIptc(jpeg: Buffer, records: Record<number, string>): Buffer {
  const iim = Buffer.concat(
    Object.entries(records).map(([tag, value]) => {
      const data = Buffer.from(value, 'utf8')
      const head = Buffer.from([0x1c, 0x02, Number(tag), (data.length >> 8) & 0xff, data.length & 0xff])
      return Buffer.concat([head, data])
    }),
  )
  const size = Buffer.alloc(4)
  size.writeUInt32BE(iim.length)
  const resource = Buffer.concat([
    Buffer.from('8BIM'),
    Buffer.from([0x04, 0x04]),
    Buffer.from([0, 0]),
    size,
    iim,
    iim.length % 2 ? Buffer.from([0]) : Buffer.alloc(0),
  ])
  const payloadBytes = Buffer.concat([Buffer.from('Photoshop 3.0\u0000', 'latin1'), resource])
  const len = Buffer.alloc(2)
  len.writeUInt16BE(payloadBytes.length + 2)
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xed]), len, payloadBytes, jpeg.subarray(2)])
}
