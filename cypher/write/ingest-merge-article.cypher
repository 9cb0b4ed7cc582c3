// Ingest: the Article node (key: id). Properties are set on creation only: an article is immutable.
MERGE (a:Article {id: $article.id})
ON CREATE SET a.url = $article.url,
              a.title = $article.title,
              a.source = $article.source,
              a.publishedAt = $article.publishedAt,
              a.authors = $article.authors,
              a.contentHash = $article.contentHash,
              a.body = $article.body,
              a.ingestedAt = datetime()
RETURN a.id AS id
