CREATE RANGE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash)
