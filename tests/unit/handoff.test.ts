import { describe, expect, it } from 'vitest';
import { Handoff, HandoffClosed } from '@/lib/streams/handoff';

describe('handing values from a producer to a consumer', () => {
  it('passes every value in order and lets the producer run only one value ahead', async () => {
    const handoff = new Handoff<number>();
    const events: string[] = [];
    const producer = (async () => {
      for (const n of [1, 2, 3]) {
        events.push(`put ${n}`);
        await handoff.put(n);
        events.push(`taken ${n}`);
      }
      handoff.end();
    })();
    const received: number[] = [];
    for (;;) {
      const next = await handoff.take();
      if (next.done) break;
      received.push(next.value);
      events.push(`got ${next.value}`);
    }
    await producer;
    expect(received).toEqual([1, 2, 3]);
    expect(events.indexOf('put 2')).toBeGreaterThan(events.indexOf('got 1'));
  });

  it('stops the producer when the consumer cancels, and reports a producer failure to the consumer', async () => {
    const cancelled = new Handoff<number>();
    const waiting = cancelled.put(1);
    cancelled.cancel();
    await expect(waiting).rejects.toBeInstanceOf(HandoffClosed);
    await expect(cancelled.put(2)).rejects.toBeInstanceOf(HandoffClosed);

    const failing = new Handoff<number>();
    const taking = failing.take();
    failing.end(new Error('database gone'));
    await expect(taking).rejects.toThrow('database gone');
  });

  it('gives up on a consumer that takes nothing for too long', async () => {
    const stalled = new Handoff<number>(20);
    await expect(stalled.put(1)).rejects.toThrow('took nothing for too long');
    await expect(stalled.put(2)).rejects.toBeInstanceOf(HandoffClosed);
  });
});
