import sharp from 'sharp'

/** Demo photographs drawn with sharp, so the demo needs no image files and no network. */
export async function drawDemoPhoto({
  title,
  hue,
  width = 2400,
  height = 1600,
}: {
  title: string
  hue: number
  width?: number
  height?: number
}): Promise<Buffer> {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="hsl(${hue},55%,72%)"/>
        <stop offset="1" stop-color="hsl(${(hue + 40) % 360},45%,38%)"/>
      </linearGradient>
    </defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <circle cx="${width * 0.72}" cy="${height * 0.3}" r="${height * 0.12}" fill="hsl(${(hue + 180) % 360},70%,85%)" opacity="0.85"/>
    <path d="M0 ${height * 0.78} Q ${width * 0.3} ${height * 0.6} ${width * 0.55} ${height * 0.75} T ${width} ${height * 0.7} V ${height} H 0 Z" fill="hsl(${hue},30%,22%)"/>
    <text x="${width * 0.06}" y="${height * 0.9}" font-family="sans-serif" font-size="${height * 0.05}" fill="#fff" opacity="0.9">${escape(title)}</text>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
}
