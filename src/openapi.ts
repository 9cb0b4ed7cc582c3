import { type INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, type SchemaObject, SwaggerModule } from '@nestjs/swagger';
import { ARTICLE_TEXT_OR_HTML } from './ingest/article-input.dto';
import { ErrorResponseDto } from './common/error-response.dto';
import { declareErrorResponses, type ErrorFacts } from './common/error-responses';

/**
 * Swagger UI at /docs and the OpenAPI JSON at /docs-json, generated from the DTOs, then every
 * operation gets the error answers it can really give (see declareErrorResponses): which ones
 * depend on the configuration, so the document describes this running service.
 */
export function setupOpenApi(app: INestApplication, facts: ErrorFacts): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Eventline')
    .setDescription('Dated, counted, attributed events from news articles, kept in a Neo4j knowledge graph.')
    .setVersion('0.1.0')
    .addApiKey({ type: 'apiKey', name: 'X-API-Key', in: 'header' }, 'api-key')
    .addBearerAuth()
    .build();
  const document = closeRequestBodies(declareErrorResponses(SwaggerModule.createDocument(app, config, { extraModels: [ErrorResponseDto] }), facts));
  const article = document.components?.schemas?.ArticleInputDto as SchemaObject | undefined;
  if (article) article.oneOf = ARTICLE_TEXT_OR_HTML;
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return document;
}

/**
 * The ValidationPipe refuses unknown body fields (forbidNonWhitelisted): every request body
 * schema says so with `additionalProperties: false`, so generated valid bodies carry none.
 */
function closeRequestBodies(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  for (const item of Object.values(document.paths)) {
    for (const op of [item.get, item.post, item.put, item.patch, item.delete]) {
      const body = op?.requestBody && 'content' in op.requestBody ? op.requestBody.content['application/json']?.schema : undefined;
      const ref = body && '$ref' in body ? body.$ref.split('/').pop() : undefined;
      const schema = ref ? (schemas[ref] as SchemaObject | undefined) : undefined;
      if (schema) schema.additionalProperties = false;
    }
  }
  return document;
}
