import { type Course, type DiseaseParams, drawCourse, householdUntil } from './disease.js';
import type { Rng } from './random.js';

/** How an infection happened: the ground truth the tracing is scored against. */
export type TrueVia =
  | { kind: 'index' }
  | { kind: 'co-presence'; venue: number; from: number; to: number }
  | { kind: 'household'; contactId: string; from: number; to: number };

export interface Infection {
  person: number;
  at: number;
  infector: number | null;
  generation: number;
  via: TrueVia;
  course: Course;
}

/** A test result or isolation order the health department records later in simulated time. */
export interface DueRecord {
  at: number;
  kind: 'test' | 'order';
  person: number;
}

/**
 * Who is infected and what follows from it. Per-person state lives in typed arrays (a million
 * people); the courses of the infected, a small minority, in a map.
 */
export class Outbreak {
  readonly courses = new Map<number, Course>();
  /** Venues are closed to a person from this instant (stays home or isolated). */
  readonly outUntil: Float64Array;
  readonly homeUntil: Float64Array;
  private readonly generation: Uint16Array;
  private due: DueRecord[] = [];
  private fresh: Infection[] = [];

  constructor(
    persons: number,
    private readonly params: DiseaseParams,
  ) {
    this.outUntil = new Float64Array(persons).fill(Infinity);
    this.homeUntil = new Float64Array(persons).fill(Infinity);
    this.generation = new Uint16Array(persons);
  }

  isSusceptible(person: number): boolean {
    return !this.courses.has(person);
  }

  /** The part of [from, to] in which the person is infectious, or null. */
  infectiousPart(person: number, from: number, to: number): [number, number] | null {
    const c = this.courses.get(person);
    if (!c) return null;
    const start = Math.max(from, c.infectiousFrom);
    const end = Math.min(to, c.infectiousUntil);
    return start < end ? [start, end] : null;
  }

  infect(rng: Rng, person: number, at: number, infector: number | null, via: TrueVia): void {
    const course = drawCourse(rng, at, this.params);
    const generation = infector === null ? 0 : this.generation[infector] + 1;
    this.courses.set(person, course);
    this.generation[person] = generation;
    this.outUntil[person] = course.outUntil;
    this.homeUntil[person] = householdUntil(course);
    if (course.test) this.due.push({ at: course.test.resultAt, kind: 'test', person });
    if (course.isolation) this.due.push({ at: course.isolation.from, kind: 'order', person });
    this.fresh.push({ person, at, infector, generation, via, course });
  }

  /** The infections since the last call, for the ground truth. */
  takeInfections(): Infection[] {
    const taken = this.fresh;
    this.fresh = [];
    return taken;
  }

  /** Takes the records due before `until`, earliest first. */
  takeDue(until: number): DueRecord[] {
    const now = this.due.filter((d) => d.at < until).sort((a, b) => a.at - b.at || a.person - b.person);
    this.due = this.due.filter((d) => d.at >= until);
    return now;
  }
}
