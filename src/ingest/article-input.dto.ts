import { ApiPropertyOptional } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import {
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  registerDecorator,
  ValidateIf,
  type ValidationArguments,
  type ValidationError,
  validateSync,
} from 'class-validator';

/** `YYYY-MM-DD` that is a real calendar day (2025-02-30 is refused). */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function IsCalendarDate(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: (a: ValidationArguments) => `${a.property} must be a calendar date YYYY-MM-DD, got "${String(a.value)}"` },
      validator: { validate: isCalendarDate },
    });
}

/** Refuses the property when `other` is also given: exactly one of text and html. */
function AbsentWhen(other: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'absentWhen',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [other],
      options: { message: `give either text or html, not both` },
      validator: { validate: (_v: unknown, a: ValidationArguments) => (a.object as Record<string, unknown>)[other] === undefined },
    });
}

/**
 * Longest accepted article text, in characters. Real news articles are 2–50 kB; extraction costs
 * about 20 µs a character, so this bounds one article to a few seconds of CPU.
 */
export const MAX_TEXT_CHARS = 200_000;
/** Longest accepted HTML page (scripts, styles and navigation included). */
export const MAX_HTML_CHARS = 1_000_000;

/** Body of POST /articles, one line of a batch, or one JSON file for the CLI. */
export class ArticleInputDto {
  @ApiPropertyOptional({ description: 'Plain text of the article (give text or html)', minLength: 1, maxLength: MAX_TEXT_CHARS })
  @ValidateIf((o: ArticleInputDto) => o.html === undefined)
  @IsString()
  @IsNotEmpty({ message: 'text or html is required' })
  @MaxLength(MAX_TEXT_CHARS)
  text?: string;

  @ApiPropertyOptional({ description: 'HTML of the article page (give text or html)', minLength: 1, maxLength: MAX_HTML_CHARS })
  @ValidateIf((o: ArticleInputDto) => o.html !== undefined)
  @IsString()
  @IsNotEmpty({ message: 'html must not be empty' })
  @AbsentWhen('text')
  @MaxLength(MAX_HTML_CHARS)
  html?: string;

  @ApiPropertyOptional({ example: 'https://example.org/news/2025/05/06/exchange', format: 'uri', pattern: '^https?://', maxLength: 2048 })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an http(s) URL' })
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  title?: string;

  @ApiPropertyOptional({ example: 'Example Wire', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  source?: string;

  @ApiPropertyOptional({
    example: '2025-05-06',
    description: 'YYYY-MM-DD; read from the page when absent',
    format: 'date',
    pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
  })
  @IsOptional()
  @IsCalendarDate()
  publishedAt?: string;
}

/** Exactly one of text and html (AbsentWhen and the ValidateIfs), for the OpenAPI schema. */
export const ARTICLE_TEXT_OR_HTML = [{ required: ['text'] }, { required: ['html'] }];

export interface FieldError {
  field: string;
  reason: string;
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * Validates one article outside the HTTP pipe (batch items, CLI files) with the same rules as
 * the global ValidationPipe: whitelist, unknown fields refused.
 */
export function validateArticleInput(raw: unknown): { input: ArticleInputDto; errors: null } | { input: null; errors: FieldError[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { input: null, errors: [{ field: 'item', reason: 'must be a JSON object with text or html' }] };
  }
  const input = plainToInstance(ArticleInputDto, raw);
  const errors = validateSync(input, { whitelist: true, forbidNonWhitelisted: true });
  return errors.length ? { input: null, errors: flatten(errors) } : { input, errors: null };
}
