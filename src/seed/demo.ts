import type { Payload } from 'payload'

import { parseCredit } from '../domain/credits/parseCredit'
import { bodyToLexical, type BodyElement } from '../domain/richtext/body'
import type { User } from '../payload-types'
import { transition } from '../server/workflow/transition'
import { drawDemoPhoto } from './images'

export const DEMO_PASSWORD = 'masthead-demo'

export const DEMO_USERS = [
  { email: 'admin@masthead.test', name: 'Ada Admin', roles: ['admin'] },
  { email: 'editor@masthead.test', name: 'Eddie Editor', roles: ['editor'], title: 'Science editor' },
  { email: 'writer@masthead.test', name: 'Wen Writer', roles: ['writer'], title: 'Science correspondent' },
  { email: 'photos@masthead.test', name: 'Pia Photodesk', roles: ['photo_desk'] },
] as const

export type SeedReport = { skipped: boolean; users: number; articles: number; photos: number }

/**
 * Loads the demo newsroom once. A second run finds the demo sections and changes nothing, so the run command
 * can call it on every start.
 */
export async function seedDemo(payload: Payload): Promise<SeedReport> {
  const existing = await payload.count({ collection: 'sections', where: { slug: { equals: 'science' } } })
  if (existing.totalDocs > 0) return { skipped: true, users: 0, articles: 0, photos: 0 }

  const users: Record<string, number> = {}
  const userDocs: Record<string, User> = {}
  for (const u of DEMO_USERS) {
    const found = await payload.find({ collection: 'users', where: { email: { equals: u.email } }, limit: 1 })
    const doc =
      found.docs[0] ??
      (await payload.create({ collection: 'users', data: { ...u, roles: [...u.roles], password: DEMO_PASSWORD } }))
    users[u.roles[0]] = doc.id
    userDocs[u.roles[0]] = doc
  }
  const writerDoc = { ...userDocs.writer, collection: 'users' as const }

  await payload.updateGlobal({
    slug: 'site',
    data: { name: 'The Masthead Times', language: 'en', timeZone: 'Asia/Shanghai', baseUrl: 'http://localhost:3000' },
  })

  const section = async (name: string, slug: string, order: number) =>
    (await payload.create({ collection: 'sections', data: { name, slug, order } })).id
  const sections = {
    news: await section('News', 'news', 10),
    science: await section('Science & Technology', 'science', 20),
    culture: await section('Culture', 'culture', 30),
    opinion: await section('Opinion', 'opinion', 40),
  }
  const tag = async (name: string) => (await payload.create({ collection: 'tags', data: { name } })).id
  const tags = {
    research: await tag('Basic research'),
    space: await tag('Space'),
    talent: await tag('Talent'),
    video: await tag('Micro Video'),
    prices: await tag('Prices'),
  }

  // Photographer and agency are read from the credit line, as they are for a caption typed at the desk.
  const photo = async (title: string, hue: number, alt: string, credit: string) => {
    const data = await drawDemoPhoto({ title, hue })
    const { photographer = '', agency = '' } = parseCredit(credit)
    const doc = await payload.create({
      collection: 'photos',
      data: { alt, credit, photographer, agency, _status: 'published' },
      file: {
        data,
        mimetype: 'image/jpeg',
        name: `${title.toLowerCase().replace(/\W+/g, '-')}.jpg`,
        size: data.length,
      },
    })
    return doc.id
  }
  const photos = {
    observatory: await photo(
      'Radio telescope at dusk',
      210,
      'A dish-shaped radio telescope in a valley at dusk',
      'Photo by Masthead Times reporter Li Na',
    ),
    lab: await photo(
      'Centrifuge laboratory',
      30,
      'Researchers stand beside a large centrifuge in a laboratory hall',
      'Chen Bo from Masthead Times/Photo taken',
    ),
    students: await photo(
      'Students at the science fair',
      130,
      'Secondary school students explain a robot to visitors at a science fair',
      'Photo: Jane Smith/Harbour Pictures',
    ),
    museum: await photo(
      'Museum archive',
      280,
      'Shelves of old scientific instruments in a museum archive',
      'Courtesy of the City Science Museum',
    ),
  }
  const caption = async (photoId: number, text: string, creditLine: string, article?: number) =>
    (
      await payload.create({
        collection: 'captions',
        data: { photo: photoId, text, creditLine, article, _status: 'published' },
      })
    ).id
  await caption(
    photos.observatory,
    'The radio telescope in the valley begins its night survey.',
    'Photo by Masthead Times reporter Li Na',
  )
  await caption(
    photos.lab,
    'The centrifuge hall, photographed on the day the building was topped off.',
    'Chen Bo from Masthead Times/Photo taken',
  )
  await caption(
    photos.students,
    'Students present their robot at the city science fair.',
    'Photo: Jane Smith/Harbour Pictures',
  )
  await caption(
    photos.museum,
    'Instruments from the museum’s founding collection.',
    'Courtesy of the City Science Museum',
  )

  /** A story by the demo writer, published unless `data` says otherwise. */
  const article = async (data: Record<string, unknown>, body: BodyElement[]) => {
    const story = { authors: [users.writer], _status: 'published', ...data, body: bodyToLexical(body) }
    return (await payload.create({ collection: 'articles', data: story as never })).id
  }

  const releasedAt = (daysAgo: number, hour = 9) =>
    new Date(Date.now() - daysAgo * 86400000 - hour * 3600000).toISOString()

  const shortNews = await article(
    {
      headline: 'Consumer prices hold steady as food costs ease',
      deck: 'Monthly figures show core inflation unchanged and fresh produce cheaper than in spring.',
      section: sections.news,
      tags: [tags.prices],
      releasedAt: releasedAt(1),
    },
    [
      {
        kind: 'paragraph',
        text: 'Consumer prices rose 0.2 per cent year on year last month, the statistics office said on Friday, with core inflation unchanged at 0.6 per cent.',
      },
      {
        kind: 'paragraph',
        text: 'Food prices climbed 1 per cent, less than in the previous month, as fruit and vegetable supplies recovered after a cold spring.',
      },
    ],
  )

  const related = async (data: Record<string, unknown>) =>
    (await payload.create({ collection: 'related-links', data: { ...data, _status: 'published' } as never })).id
  const relatedLinks = [
    await related({
      title: 'Micro Video | Why every student should meet a working scientist',
      url: 'https://example.org/micro-video/students-meet-scientists',
      summary: 'A two-minute film follows a physicist on her visits to rural schools.',
      tags: [tags.video, tags.talent],
    }),
    await related({
      title: 'Consumer prices hold steady as food costs ease',
      article: shortNews,
      summary: 'Monthly figures show core inflation unchanged and fresh produce cheaper than in spring.',
      tags: [tags.prices],
    }),
    await related({
      title: 'The museum that keeps a century of instruments | Culture | Archives',
      url: 'https://example.org/culture/instrument-archive',
      summary: 'Curators explain how a teaching collection became a national archive.',
      tags: [tags.research],
    }),
  ]

  const feature = await article(
    {
      headline: 'Why basic research decides how far a country’s science can go',
      displayHeadline: 'Basic research: the root of the tree of innovation',
      deck: 'Observatories, centrifuges and classrooms: how a decade of patient investment is changing what scientists can attempt.',
      section: sections.science,
      tags: [tags.research, tags.space, tags.talent],
      bylineText: 'The editorial department of The Masthead Times',
      releasedAt: releasedAt(0, 2),
      hero: { photo: photos.observatory },
      relatedLinks,
      sourceUrl: 'https://example.org/editorial/basic-research',
      corrections: [
        {
          kind: 'correction',
          at: releasedAt(0, 1),
          note: 'An earlier version gave the telescope’s diameter as 50 metres; it is 500 metres.',
        },
      ],
    },
    [
      {
        kind: 'paragraph',
        text: 'A radio telescope that listens to pulsars, a centrifuge that squeezes soil samples to a hundred times their weight, and a classroom where fifteen-year-olds build robots: each began with a question nobody could yet sell.',
      },
      {
        kind: 'paragraph',
        text: 'Basic research is the source of the whole scientific system. The deeper its roots, the more the tree of innovation flourishes.',
      },
      { kind: 'heading', level: 2, text: 'The only road to a strong science base' },
      {
        kind: 'paragraph',
        text: 'Over the past decade, spending on basic research has more than doubled, and the share of it that goes to open-ended questions has grown with it.',
      },
      { kind: 'quote', text: '“Only with a solid foundation can the building of science and industry rise high.”' },
      {
        kind: 'list',
        ordered: false,
        items: [
          'Set priorities from the questions the economy and society actually face, and from curiosity itself.',
          'Fund long projects steadily, not only in competitive bursts.',
          'Let scientists choose their methods, and judge them on what they find.',
        ],
      },
      { kind: 'photo', photo: photos.lab },
      { kind: 'heading', level: 2, text: 'Building the platforms' },
      {
        kind: 'paragraph',
        text: 'National laboratories, university research centres and company labs now share instruments that no single institution could afford.',
      },
      {
        kind: 'list',
        ordered: false,
        items: [
          'Open large facilities to outside teams through a single booking system.',
          'Publish the data of publicly funded instruments after a fixed embargo.',
        ],
      },
      { kind: 'heading', level: 2, text: 'Letting talent emerge' },
      {
        kind: 'quote',
        text: '“What you are doing here is climbing mountains. Young people can show their talent here.”',
      },
      {
        kind: 'paragraph',
        text: 'Without a strong team of researchers, independent innovation is like water without a source.',
      },
      { kind: 'photo', photo: photos.students },
      { kind: 'heading', level: 3, text: 'What schools can do' },
      {
        kind: 'list',
        ordered: true,
        items: ['Bring working scientists into classrooms.', 'Give students real instruments, not only textbooks.'],
      },
      {
        kind: 'paragraph',
        text: 'Scientific achievement also needs a spirit that values truth over applause — and institutions patient enough to wait for it.',
      },
    ],
  )
  // A caption written for this article only; the photo keeps its default caption everywhere else.
  await caption(
    photos.students,
    'Students at the fair — several of them now study physics at university.',
    'Photo: Jane Smith/Harbour Pictures',
    feature,
  )

  await article(
    {
      headline: 'Museum opens its instrument archive to researchers',
      deck: 'A century of scientific instruments will be catalogued and lent to universities.',
      section: sections.culture,
      tags: [tags.research],
      releasedAt: releasedAt(2),
      hero: { photo: photos.museum },
    },
    [
      {
        kind: 'paragraph',
        text: 'The City Science Museum will open its archive of more than 4,000 instruments to visiting researchers from next spring.',
      },
    ],
  )
  // Unpublished work: readers must never see these. One waits in the review queue, submitted by the writer.
  const inReview = await payload.create({
    collection: 'articles',
    user: writerDoc,
    overrideAccess: false,
    data: {
      headline: 'DRAFT: Budget talks stall over research funding',
      section: sections.news,
      authors: [users.writer],
      body: bodyToLexical([
        { kind: 'paragraph', text: 'Embargoed draft: negotiators failed to agree on the research budget.' },
      ]) as never,
    },
  })
  await transition(payload, { collection: 'articles', id: inReview.id, action: 'submit', user: writerDoc })
  await article(
    {
      headline: 'DRAFT: Opinion — the case for slower science',
      section: sections.opinion,
      authors: [users.editor],
      _status: 'draft',
    },
    [{ kind: 'paragraph', text: 'An opinion piece still being edited.' }],
  )

  return { skipped: false, users: DEMO_USERS.length, articles: 5, photos: Object.keys(photos).length }
}
