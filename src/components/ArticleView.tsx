import { ArticleBody } from '@/components/ArticleBody'
import { Figure } from '@/components/Figure'
import { bylineNames, bylineOf } from '@/domain/publishing/byline'
import { bylineKind, newsArticleJsonLd, scriptSafeJson } from '@/domain/publishing/jsonld'
import { dateLocale, storyLanguage } from '@/domain/editions'
import { formatInZone, isoInZone } from '@/domain/time'
import type { Photo, Tag } from '@/payload-types'
import type { ArticlePage, SiteSettings } from '@/server/queries'

function jsonLdFor(page: ArticlePage, site: SiteSettings) {
  const { article } = page
  const base = site.baseUrl
  const hero = typeof article.hero?.photo === 'object' ? (article.hero.photo as Photo | null) : null
  const abs = (u?: string | null) => (u ? (/^https?:/.test(u) ? u : `${base}${u}`) : null)
  const images = [hero?.sizes?.hero?.url, hero?.sizes?.fourThree?.url, hero?.sizes?.square?.url]
    .map(abs)
    .filter((u): u is string => Boolean(u))
  return newsArticleJsonLd({
    url: `${base}/news/${article.slug}`,
    headline: article.headline,
    description: article.deck,
    images,
    datePublished: isoInZone(article.releasedAt ?? article.firstPublishedAt ?? article.createdAt, site.timeZone),
    dateModified: isoInZone(article.updatedAt, site.timeZone),
    authors: bylineNames(page.authors, article.bylineText).map((name) =>
      article.bylineText ? { name, kind: bylineKind(name) } : { name, kind: 'Person' as const },
    ),
    publisher: { name: site.name, url: base },
    section: page.section?.name,
    keywords: page.tags.map((t) => t.name),
    language: storyLanguage(article, site.language),
  })
}

/** An article as readers see it; staff preview renders drafts through the same component. */
export function ArticleView({
  page,
  site,
  preview = false,
}: {
  page: ArticlePage
  site: SiteSettings
  preview?: boolean
}) {
  const { article, authors, section, captionFor, relatedLinks } = page
  const hero = typeof article.hero?.photo === 'object' ? (article.hero.photo as Photo | null) : null
  const byline = bylineOf(authors, article.bylineText)
  const language = storyLanguage(article, site.language)
  return (
    <article className="article">
      {!preview && (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: scriptSafeJson(jsonLdFor(page, site)) }}
        />
      )}
      <header className="article__header">
        {section && (
          <p className="kicker">
            <a href={`/section/${section.slug}`}>{section.name}</a>
          </p>
        )}
        <h1>{article.displayHeadline || article.headline}</h1>
        {article.displayHeadline && article.displayHeadline !== article.headline && (
          <p className="article__headline-alt">{article.headline}</p>
        )}
        {article.deck && <p className="deck">{article.deck}</p>}
        <div className="article__meta">
          {byline.kind === 'text' && <p className="byline">{byline.text}</p>}
          {byline.kind === 'authors' && (
            <p className="byline">
              {byline.authors.map((a, i) => (
                <span key={a.id}>
                  {i > 0 && ', '}
                  <a href={`/author/${a.id}`}>{a.name}</a>
                  {a.title && <span className="byline__title">, {a.title}</span>}
                </span>
              ))}
            </p>
          )}
          {article.releasedAt && (
            <p>
              Released{' '}
              <time dateTime={article.releasedAt}>
                {formatInZone(article.releasedAt, site.timeZone, dateLocale(language))}
              </time>
            </p>
          )}
        </div>
      </header>
      {hero && (
        <Figure photo={hero} caption={captionFor(hero.id, article.hero?.caption, article.hero?.captionText)} priority />
      )}
      {article.body && <ArticleBody body={article.body} captionFor={captionFor} />}
      {!!article.corrections?.length && (
        <aside className="corrections" aria-label="Corrections and updates">
          <h2>Corrections and updates</h2>
          <ul>
            {article.corrections.map((c) => (
              <li key={c.id ?? c.at}>
                <strong>{c.kind === 'update' ? 'Update' : 'Correction'}</strong>,{' '}
                <time dateTime={c.at}>{formatInZone(c.at, site.timeZone, dateLocale(language))}</time>: {c.note}
              </li>
            ))}
          </ul>
        </aside>
      )}
      {relatedLinks.length > 0 && (
        <aside className="related" aria-label="Related">
          <h2>Related</h2>
          <ul>
            {relatedLinks.map((link) => {
              const internal = typeof link.article === 'object' && link.article ? `/news/${link.article.slug}` : null
              const href = link.url || internal
              const tags = (link.tags ?? []).filter((t): t is Tag => typeof t === 'object')
              return (
                <li key={link.id}>
                  <h3>{href ? <a href={href}>{link.title}</a> : link.title}</h3>
                  {tags.length > 0 && (
                    <ul className="tags" aria-label="Tags">
                      {tags.map((t) => (
                        <li key={t.id}>{t.name}</li>
                      ))}
                    </ul>
                  )}
                  {link.summary && <p>{link.summary}</p>}
                </li>
              )
            })}
          </ul>
        </aside>
      )}
    </article>
  )
}
