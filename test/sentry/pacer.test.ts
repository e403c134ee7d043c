import { describe, expect, it } from 'vitest';
import { Pacer } from '../../src/sentry/pacer.ts';

const headers = (remaining: number, resetAt: number, concurrent = 25, limit = 3) => ({
  'x-sentry-rate-limit-limit': String(limit),
  'x-sentry-rate-limit-remaining': String(remaining),
  'x-sentry-rate-limit-reset': String(resetAt / 1000),
  'x-sentry-rate-limit-concurrentlimit': String(concurrent),
});

describe('Pacer', () => {
  it('starts no more requests in a window than Remaining allows, then waits for the reset', async () => {
    let now = 10_000;
    const pacer = new Pacer({ now: () => now, resetMarginMs: 0 });
    const first = await pacer.acquire('GET /x');
    first.done(headers(1, 11_000));
    await (await pacer.acquire('GET /x')).done(headers(0, 11_000));
    let started = false;
    const third = pacer.acquire('GET /x').then((ticket) => {
      started = true;
      return ticket;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(started).toBe(false);
    now = 11_000;
    await new Promise((resolve) => setTimeout(resolve, 1_050));
    expect(started).toBe(true);
    (await third).done(undefined);
  });

  it('keeps within the concurrency limit the server announces', async () => {
    const pacer = new Pacer();
    const first = await pacer.acquire('GET /y');
    first.done(headers(100, Date.now() + 60_000, 2));
    const a = await pacer.acquire('GET /y');
    const b = await pacer.acquire('GET /y');
    let third = false;
    const c = pacer.acquire('GET /y').then((ticket) => {
      third = true;
      return ticket;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(third).toBe(false);
    a.done(undefined);
    (await c).done(undefined);
    expect(third).toBe(true);
    b.done(undefined);
  });

  it('probes an endpoint not heard from with one request, then runs at the concurrency it announces', async () => {
    // An earlier run may have used the current window: the first answer says what is left.
    const pacer = new Pacer();
    let started = 0;
    const tickets = Array.from({ length: 6 }, () =>
      pacer.acquire('GET /a').then((ticket) => {
        started++;
        return ticket;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toBe(1);
    (await tickets[0])?.done(headers(3, Date.now() + 60_000, 5));
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Five may run at once, but the window has room for three more only.
    expect(started).toBe(4);
  });

  it('starts waiting requests in the order they came, each as soon as there is room', async () => {
    const pacer = new Pacer();
    const probe = await pacer.acquire('GET /q');
    const started: string[] = [];
    const waiting = ['a', 'b', 'c', 'd'].map((name) =>
      pacer.acquire('GET /q').then((ticket) => {
        started.push(name);
        return ticket;
      }),
    );
    // The answer allows two at a time: the first two waiting start, the others wait for room.
    probe.done(headers(100, Date.now() + 60_000, 2));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toEqual(['a', 'b']);
    (await waiting[1])?.done(undefined);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toEqual(['a', 'b', 'c']);
    (await waiting[0])?.done(undefined);
    (await waiting[2])?.done(undefined);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    (await waiting[3])?.done(undefined);
  });

  it('never waits forever when the budget ran out and every response failed without headers', async () => {
    const pacer = new Pacer({ resetMarginMs: 0 });
    const first = await pacer.acquire('PUT /z');
    // The window ends now: the next acquire starts a fresh one with the whole limit (3).
    first.done(headers(2, Date.now() + 5));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const tickets = [await pacer.acquire('PUT /z'), await pacer.acquire('PUT /z'), await pacer.acquire('PUT /z')];
    for (const ticket of tickets) ticket.done(undefined);
    const next = await Promise.race([
      pacer.acquire('PUT /z').then(() => 'started'),
      new Promise((r) => setTimeout(() => r('stuck'), 500)),
    ]);
    expect(next).toBe('started');
  });

  it('counts what a response says of the window from its headers, before its body is read', async () => {
    const pacer = new Pacer({ now: () => 10_000 });
    const probe = await pacer.acquire('GET /h');
    let started = 0;
    for (let i = 0; i < 3; i++) void pacer.acquire('GET /h').then(() => started++);
    probe.heard(headers(2, 11_000, 5));
    await flush();
    // The probe's body is still being read: two more may start, the window has room for two.
    expect(started).toBe(2);
    probe.done();
    await flush();
    expect(started).toBe(2);
  });

  it('starts an endpoint without a probe once a window another endpoint announced has ended', async () => {
    let now = 10_000;
    const pacer = new Pacer({ now: () => now });
    const teams = await pacer.acquire('GET /teams');
    teams.heard(headers(39, 11_000, 3, 40));
    teams.done();
    // The window this run started in: another endpoint's first request is a probe (an earlier run may have used it).
    let rosters = 0;
    for (let i = 0; i < 3; i++) void pacer.acquire('GET /roster').then(() => rosters++);
    await flush();
    expect(rosters).toBe(1);
    // A window that began after this run started: nobody before this run used it, and the
    // endpoint is taken to be like the one that announced it (3 at once).
    now = 11_010;
    let puts = 0;
    for (let i = 0; i < 5; i++) void pacer.acquire('PUT /member').then(() => puts++);
    await flush();
    expect(puts).toBe(3);
  });

  it('sends no probe into a window that ends before its answer could come, and starts without one after it', async () => {
    let now = 10_900;
    const pacer = new Pacer({ now: () => now, resetMarginMs: 0 });
    const teams = await pacer.acquire('GET /teams');
    now = 10_930; // answered in 30 ms; the window ends at 11_000
    teams.heard(headers(39, 11_000, 3, 40));
    teams.done();
    now = 10_975; // 25 ms left: an answer would come after the window's end
    let rosters = 0;
    for (let i = 0; i < 5; i++) void pacer.acquire('GET /roster').then(() => rosters++);
    await flush();
    expect(rosters).toBe(0);
    now = 11_000;
    await new Promise((resolve) => setTimeout(resolve, 60));
    // The new window: no probe, the other endpoint's concurrency.
    expect(rosters).toBe(3);
  });

  it('waits longer after a reset once the server counts a request in a window that had ended here', async () => {
    let now = 10_000;
    const pacer = new Pacer({ now: () => now });
    const probe = await pacer.acquire('GET /s');
    probe.done(headers(2, 11_000, 25, 40));
    now = 11_020;
    const early = await pacer.acquire('GET /s');
    // Started at 11.020 s here, counted by the server in the window ending at 11 s: its clock is behind.
    early.done(headers(0, 11_000, 25, 40));
    const last = await pacer.acquire('GET /s');
    last.done(headers(0, 12_000, 25, 40));
    let started = false;
    void pacer.acquire('GET /s').then(() => {
      started = true;
    });
    now = 12_010;
    void pacer.acquire('GET /s');
    await flush();
    expect(started).toBe(false);
    now = 12_030;
    void pacer.acquire('GET /s');
    await flush();
    expect(started).toBe(true);
  });

  it('uses the whole window when answers come in another order than their requests went', async () => {
    const pacer = new Pacer({ now: () => 10_000 });
    const probe = await pacer.acquire('GET /o');
    probe.done(headers(9, 11_000, 25, 10));
    const [a, b, c] = [await pacer.acquire('GET /o'), await pacer.acquire('GET /o'), await pacer.acquire('GET /o')];
    // The server counted c first, then b, then a: each answer says so, in that order.
    c.heard(headers(8, 11_000, 25, 10));
    b.heard(headers(7, 11_000, 25, 10));
    a.heard(headers(6, 11_000, 25, 10));
    for (const ticket of [a, b, c]) ticket.done();
    let started = 0;
    for (let i = 0; i < 7; i++) void pacer.acquire('GET /o').then(() => started++);
    await flush();
    // Ten in the window: the probe, a, b, c and six more.
    expect(started).toBe(6);
  });

  it('keeps room for requests of the same burst that the server may count after the one answered first', async () => {
    let now = 10_000;
    const pacer = new Pacer({ now: () => now, resetMarginMs: 0 });
    const probe = await pacer.acquire('GET /o');
    probe.done(headers(9, 11_000, 25, 10));
    // A new window: a burst of three, started at the same moment.
    now = 11_010;
    const [a, b, c] = [await pacer.acquire('GET /o'), await pacer.acquire('GET /o'), await pacer.acquire('GET /o')];
    // b reached the server first: its answer counts b only; a and c are still to be counted,
    // though a started before b.
    b.heard(headers(9, 12_000, 25, 10));
    let started = 0;
    for (let i = 0; i < 8; i++) void pacer.acquire('GET /o').then(() => started++);
    await flush();
    // Ten in the window: a, b, c and seven more; an eighth would be refused.
    expect(started).toBe(7);
    for (const ticket of [a, b, c]) ticket.done();
  });
});

/** Lets resolved acquisitions run. */
const flush = () => new Promise((resolve) => setImmediate(resolve));
