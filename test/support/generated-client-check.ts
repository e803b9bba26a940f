import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIObject, ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import ts from 'typescript';
import { operationsOf } from './openapi-operations.js';

const CLI = join(process.cwd(), 'node_modules', '.bin', 'openapi-typescript');

/**
 * Generates a TypeScript client (openapi-typescript) from the document and type-checks a use of
 * every operation's 2xx answer: the answer must be a real type (not never or unknown) and its
 * first required field must read as the type the schema gives it. Returns the errors, each
 * naming its operation.
 */
export function checkGeneratedClient(document: OpenAPIObject): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'openapi-client-'));
  try {
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
    execFileSync(CLI, [join(dir, 'openapi.json'), '-o', join(dir, 'api.ts')], { stdio: 'pipe' });
    const blocks = operationsOf(document).map(({ id, operation }) => ({ id, code: useOf(document, id, operation.responses as Record<string, ResponseObject>) }));
    const header = [
      "import type { operations } from './api.js';",
      'type Usable<T> = [T] extends [never] ? false : unknown extends T ? false : true;',
      '',
    ];
    const lines = [...header];
    const owner: string[] = header.map(() => '(header)');
    for (const block of blocks) {
      for (const line of block.code) {
        lines.push(line);
        owner.push(block.id);
      }
    }
    writeFileSync(join(dir, 'use.ts'), lines.join('\n'));
    return typeErrors(join(dir, 'use.ts'), owner);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A function per operation that reads its answer; an operation without one fails on these lines. */
function useOf(document: OpenAPIObject, id: string, responses: Record<string, ResponseObject>): string[] {
  const name = id.replace(/\W/g, '_');
  const [status, response] = Object.entries(responses).find(([s]) => /^2\d\d$/.test(s)) ?? ['200', undefined];
  const [media, content] = Object.entries(response?.content ?? {})[0] ?? ['application/json', undefined];
  const answer = `operations['${id}']['responses'][${status}]['content']['${media}']`;
  const read = content?.schema ? readField(document, content.schema) : null;
  return [
    `export function use_${name}(answer: ${answer}) {`,
    `  const usable: Usable<typeof answer> = true;`,
    ...(read ? [`  const field: ${read.type} = answer${read.path};`] : []),
    `  return usable;`,
    `}`,
  ];
}

/** The first required property of an object answer (or the answer itself), and the TypeScript type its schema promises. */
function readField(document: OpenAPIObject, schemaOrRef: SchemaObject | ReferenceObject): { path: string; type: string } | null {
  const schema = resolve(document, schemaOrRef);
  if (schema.type !== 'object' && !schema.properties) return { path: '', type: tsTypeOf(document, schema) };
  const name = schema.required?.[0];
  if (!name || !schema.properties?.[name]) return null;
  return { path: `[${JSON.stringify(name)}]`, type: tsTypeOf(document, resolve(document, schema.properties[name])) };
}

function tsTypeOf(document: OpenAPIObject, schema: SchemaObject): string {
  const base =
    schema.type === 'string' ? 'string'
    : schema.type === 'integer' || schema.type === 'number' ? 'number'
    : schema.type === 'boolean' ? 'boolean'
    : schema.type === 'array' ? 'readonly unknown[]'
    : 'object';
  return schema.nullable ? `${base} | null` : base;
}

function resolve(document: OpenAPIObject, schema: SchemaObject | ReferenceObject): SchemaObject {
  if (!('$ref' in schema)) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  return resolve(document, document.components!.schemas![name]);
}

function typeErrors(file: string, owner: string[]): string[] {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (!d.file || d.start === undefined) return message;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    const where = d.file.fileName.endsWith('use.ts') ? owner[line] : d.file.fileName;
    return `${where}: ${message}`;
  });
}
