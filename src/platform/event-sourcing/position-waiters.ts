/** Lets readers wait, boundedly, until a projection has applied a given log position. */
export class PositionWaiters {
  private applied: bigint | null = null;
  private waiters: { target: bigint; resolve: (reached: boolean) => void; patient: boolean }[] = [];

  get position(): bigint | null {
    return this.applied;
  }

  advance(position: bigint | null): void {
    this.applied = position;
    if (position === null) return;
    this.waiters = this.waiters.filter((w) => {
      if (w.target > position) return true;
      w.resolve(true);
      return false;
    });
  }

  /** Answers the impatient waits with false now: the projection failed and will not advance before it retries. */
  giveUp(): void {
    for (const w of this.waiters) if (!w.patient) w.resolve(false);
    this.waiters = this.waiters.filter((w) => w.patient);
  }

  /** True once `target` is applied; false when `timeoutMs` passes first, or (impatient) at `giveUp`. */
  waitFor(target: bigint | null, timeoutMs: number, { patient = true } = {}): Promise<boolean> {
    if (target === null || (this.applied !== null && this.applied >= target)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = { target, resolve, patient };
      this.waiters.push(waiter);
      setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(false);
      }, timeoutMs).unref();
    });
  }
}
