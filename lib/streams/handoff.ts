/**
 * Hands values from a producer to a consumer one at a time: `put` resolves only once the consumer
 * has taken the value, so a fast database never runs ahead of a slow download and memory stays
 * bounded. The consumer can cancel (a waiting or later `put` then throws HandoffClosed); the
 * producer ends, with or without a failure (the consumer's next `take` then throws it).
 */
export class HandoffClosed extends Error {
  constructor(reason = 'the consumer went away') {
    super(reason);
  }
}

export class Handoff<T> {
  #items: T[] = [];
  #ended = false;
  #failure: Error | null = null;
  #cancelled = false;
  #wakeTaker: (() => void) | null = null;
  #wakePutter: (() => void) | null = null;

  /** `idleTimeoutMs`: a consumer that takes nothing for this long counts as gone. */
  constructor(private readonly idleTimeoutMs = Infinity) {}

  async put(value: T): Promise<void> {
    if (this.#cancelled) throw new HandoffClosed();
    this.#items.push(value);
    this.#wake('taker');
    while (this.#items.length > 0 && !this.#cancelled) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await new Promise<boolean>((resolve) => {
        this.#wakePutter = () => resolve(false);
        if (Number.isFinite(this.idleTimeoutMs)) timer = setTimeout(() => resolve(true), this.idleTimeoutMs);
      });
      clearTimeout(timer);
      if (timedOut) {
        this.cancel();
        throw new HandoffClosed('the consumer took nothing for too long');
      }
    }
    if (this.#cancelled) throw new HandoffClosed();
  }

  end(failure?: Error): void {
    this.#ended = true;
    this.#failure = failure ?? null;
    this.#wake('taker');
  }

  cancel(): void {
    this.#cancelled = true;
    this.#items = [];
    this.#wake('putter');
  }

  async take(): Promise<IteratorResult<T, undefined>> {
    while (this.#items.length === 0 && !this.#ended) await new Promise<void>((resolve) => (this.#wakeTaker = resolve));
    if (this.#items.length > 0) {
      const value = this.#items.shift()!;
      this.#wake('putter');
      return { value, done: false };
    }
    if (this.#failure) throw this.#failure;
    return { value: undefined, done: true };
  }

  #wake(who: 'taker' | 'putter'): void {
    const wake = who === 'taker' ? this.#wakeTaker : this.#wakePutter;
    if (who === 'taker') this.#wakeTaker = null;
    else this.#wakePutter = null;
    wake?.();
  }
}
