import type { Request, Response } from 'express';
import { problem, PROBLEM_CONTENT_TYPE } from '../problem.js';

/** Answers from an Express middleware (before Nest's filter can) with the same problem details. */
export function sendProblem(req: Request, res: Response, status: number, detail: string, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify({ ...problem(status, detail), instance: req.originalUrl }));
}
