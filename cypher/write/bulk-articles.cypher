// Bulk loader (test fixtures, bench): articles, idempotent on Article.id.
// Params: $rows = [{id, url, title, source, publishedAt: 'YYYY-MM-DD', authors, contentHash}].
UNWIND $rows AS r
MERGE (a:Article {id: r.id})
SET a.url = r.url, a.title = r.title, a.source = r.source, a.publishedAt = date(r.publishedAt),
    a.authors = coalesce(r.authors, []), a.contentHash = r.contentHash, a.ingestedAt = datetime()
