/** The key of an `Authorization: Bearer <key>` header, or null when there is none. */
export function bearerKey(authorization: string | undefined): string | null {
  return /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? null;
}
