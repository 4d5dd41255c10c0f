import { describe, expect, it } from 'vitest'

import {
  articlePath,
  dateLocale,
  DEFAULT_EDITIONS,
  editionOf,
  hreflangAlternates,
  storyLanguage,
  translationDraft,
  translationGroupOf,
} from './editions'
import { formatInZone } from './time'
import { sourceChanges } from './translationChanges'

describe('edition addresses', () => {
  it('keeps the plain paths for the default language and prefixes the others', () => {
    expect(articlePath('harbour-storm', 'en', 'en')).toBe('/news/harbour-storm')
    expect(articlePath('港口风暴', 'zh', 'en')).toBe('/zh/news/%E6%B8%AF%E5%8F%A3%E9%A3%8E%E6%9A%B4')
    expect(articlePath('harbour-storm', 'en', 'zh')).toBe('/en/news/harbour-storm')
  })

  it('names an edition only for a configured language other than the default, never a site path', () => {
    expect(editionOf('zh', DEFAULT_EDITIONS, 'en')?.code).toBe('zh')
    expect(editionOf('ZH', DEFAULT_EDITIONS, 'en')?.code).toBe('zh')
    expect(editionOf('en', DEFAULT_EDITIONS, 'en')).toBeNull() // the default has the plain paths
    for (const segment of ['fr', 'news', 'tag', 'api', 'admin', 'search', '..', 'z', 'zh-', 'zh_CN', ''])
      expect(editionOf(segment, DEFAULT_EDITIONS, 'en'), segment).toBeNull()
    expect(editionOf('zh-hant', [...DEFAULT_EDITIONS, { code: 'zh-Hant', name: '繁體' }], 'en')?.code).toBe('zh-Hant')
  })

  it('puts stories from before editions in the default language, and a source in its own group', () => {
    expect(storyLanguage({ language: null }, 'en')).toBe('en')
    expect(storyLanguage({ language: 'zh' }, 'en')).toBe('zh')
    expect(translationGroupOf({ id: 7 })).toBe('7')
    expect(translationGroupOf({ id: 9, translationGroup: '7' })).toBe('7')
  })
})

describe('hreflang alternates', () => {
  const en = { language: 'en', url: 'https://x.test/news/a', isSource: false }
  const zh = { language: 'zh', url: 'https://x.test/zh/news/a-zh', isSource: true }

  it('lists every published edition once, x-default on the default language', () => {
    expect(hreflangAlternates([zh, en], 'en')).toEqual({
      en: en.url,
      zh: zh.url,
      'x-default': en.url,
    })
  })

  it('falls back to the source for x-default when no edition is in the default language', () => {
    const ja = { language: 'ja', url: 'https://x.test/ja/news/a', isSource: false }
    expect(hreflangAlternates([ja, zh], 'en')['x-default']).toBe(zh.url)
  })

  it('gives a story alone no alternates: there is nothing to choose between', () => {
    expect(hreflangAlternates([en], 'en')).toEqual({})
    expect(hreflangAlternates([], 'en')).toEqual({})
  })
})

describe('dates per edition', () => {
  it('writes the release time as readers of the language do', () => {
    const at = '2024-04-14T04:48:00Z'
    expect(formatInZone(at, 'Asia/Shanghai', dateLocale('zh'))).toBe('2024年4月14日 12:48')
    expect(formatInZone(at, 'Asia/Shanghai', dateLocale('en'))).toMatch(/^14 April 2024(,| at) 12:48 GMT\+8$/)
  })
})

describe('a translation draft', () => {
  const source = {
    id: 12,
    headline: 'Harbour storm',
    deck: 'Ferries stop',
    slug: 'harbour-storm',
    body: { root: { children: [] } },
    hero: { photo: 3, captionText: 'Boats at the quay.' },
    relatedLinks: [4, 5],
    section: 2,
    tags: [8],
    bylineText: 'By Li Na',
    // Never copied: the translation has its own workflow, release time, corrections and address history.
    workflowState: 'published',
    releasedAt: '2024-04-14T04:48:00Z',
    corrections: [{ note: 'x' }],
    previousSlugs: ['old'],
    firstPublishedAt: '2024-04-14T04:48:00Z',
  }

  it('copies the structure to translate and links the source revision it was made from', () => {
    const draft = translationDraft(source, 'zh', '2024-04-14T05:00:00.000Z')
    const copied = ['headline', 'deck', 'body', 'hero', 'relatedLinks', 'section', 'tags', 'bylineText'] as const
    expect(draft).toMatchObject({
      ...Object.fromEntries(copied.map((k) => [k, source[k]])),
      slug: 'harbour-storm-zh',
      language: 'zh',
      translationGroup: '12',
      translatedFrom: '12',
      translatedFromRevision: '2024-04-14T05:00:00.000Z',
    })
    for (const own of ['workflowState', 'releasedAt', 'corrections', 'previousSlugs', 'firstPublishedAt', 'id'])
      expect(draft, own).not.toHaveProperty(own)
  })

  it('joins the source’s group when the source is itself a translation', () => {
    expect(translationDraft({ ...source, translationGroup: '5' }, 'ja', 'r').translationGroup).toBe('5')
  })
})

describe('changes of the source since a translation', () => {
  const then = { headline: 'Harbour storm', deck: 'Ferries stop.', tags: [1], body: null }
  it('names each translated text that changed, word by word, and nothing else', () => {
    const now = { ...then, deck: 'Ferries stop until Monday.', tags: [1, 2], slug: 'renamed' }
    expect(sourceChanges(then, now)).toEqual([
      {
        path: 'deck',
        parts: [
          { text: 'Ferries stop ', change: 'same' },
          { text: 'until Monday', change: 'added' },
          { text: '.', change: 'same' },
        ],
      },
    ])
    expect(sourceChanges(then, { ...then, tags: [9] })).toEqual([])
  })
})
