import type { OpenAPIObject, OperationObject } from '@nestjs/swagger';

export interface DocumentedOperation {
  id: string;
  method: string;
  path: string;
  operation: OperationObject;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** Every operation of an OpenAPI document, named by its operationId (or method and path). */
export function operationsOf(document: OpenAPIObject): DocumentedOperation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => {
      const operation = item[method] as OperationObject;
      return { id: operation.operationId ?? `${method.toUpperCase()} ${path}`, method, path, operation };
    }),
  );
}
