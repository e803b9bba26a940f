import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateOpenApiDocument } from './openapi-document.js';

/** `npm run openapi [file]`: writes the OpenAPI document (default dist/openapi.json) for linters and client generators. */
const file = process.argv[2] ?? 'dist/openapi.json';
const document = await generateOpenApiDocument();
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
console.log(`OpenAPI document written to ${file} (${Object.keys(document.paths).length} paths)`);
