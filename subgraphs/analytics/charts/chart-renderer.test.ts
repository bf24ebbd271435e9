import path from 'node:path';
import { AppError, ErrorCode } from '../../../lib/errors';
import type { VegaLiteSpec } from './chart-spec';
import { ChartRenderer } from './chart-renderer';

const spec = (fault?: string): VegaLiteSpec =>
  ({
    data: { values: [{ x: 1, y: 2 }] },
    mark: 'point',
    encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
    ...(fault ? { usermeta: { fault } } : {}),
  }) as VegaLiteSpec;

const faultyWorker = path.join(__dirname, 'test-fixtures', 'faulty-render-worker.mjs');

describe('ChartRenderer', () => {
  let renderer: ChartRenderer | undefined;
  afterEach(async () => {
    await renderer?.close();
    renderer = undefined;
  });

  it('draws a specification as SVG in a worker thread', async () => {
    renderer = new ChartRenderer();
    expect(await renderer.render(spec())).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('refuses a request with SERVICE_UNAVAILABLE when its queue is full, and serves those it accepted', async () => {
    renderer = new ChartRenderer({ maxQueue: 2 });
    const accepted = [renderer.render(spec()), renderer.render(spec())];
    const refused = await renderer.render(spec()).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: ErrorCode.ServiceUnavailable });
    await expect(Promise.all(accepted)).resolves.toHaveLength(2);
    await expect(renderer.render(spec())).resolves.toContain('<svg');
  });

  it('rejects a specification it cannot draw and keeps serving', async () => {
    renderer = new ChartRenderer();
    const invalid = { data: { values: [] }, mark: 'no-such-mark' } as unknown as VegaLiteSpec;
    await expect(renderer.render(invalid)).rejects.toThrow(/^The chart could not be drawn: /);
    await expect(renderer.render(spec())).resolves.toContain('<svg');
  });

  it('rejects a specification that cannot be sent to a worker and keeps serving', async () => {
    renderer = new ChartRenderer();
    await renderer.render(spec());
    await expect(renderer.render({ ...spec(), usermeta: { f: () => 1 } } as VegaLiteSpec)).rejects.toThrow(
      /could not be sent/,
    );
    await expect(renderer.render(spec())).resolves.toContain('<svg');
  });

  it('rejects the request of a worker that crashes, then draws the next with a new worker', async () => {
    renderer = new ChartRenderer({ workerFile: faultyWorker });
    const waiting = renderer.render(spec());
    await expect(renderer.render(spec('crash'))).rejects.toThrow(/worker failed: the render worker crashed/);
    await expect(waiting).resolves.toContain('<svg');
    await expect(renderer.render(spec())).resolves.toContain('<svg');
  });

  it('rejects the request of a worker that exits, then recovers', async () => {
    renderer = new ChartRenderer({ workerFile: faultyWorker });
    await expect(renderer.render(spec('exit'))).rejects.toThrow(/exit code 3/);
    await expect(renderer.render(spec())).resolves.toContain('<svg');
  });

  it('stops a worker that passes the deadline, rejects its request and serves the queue with a new worker', async () => {
    renderer = new ChartRenderer({ workerFile: faultyWorker, timeoutMs: 2000 });
    const hung = renderer.render(spec('hang'));
    const queued = renderer.render(spec());
    await expect(hung).rejects.toThrow(/longer than 2000 ms/);
    await expect(queued).resolves.toContain('<svg');
  });

  it('rejects waiting requests when closed, and any request after', async () => {
    renderer = new ChartRenderer();
    const pending = Promise.allSettled([renderer.render(spec()), renderer.render(spec())]);
    await renderer.close();
    for (const outcome of await pending)
      expect(outcome).toMatchObject({ status: 'rejected', reason: { message: 'The chart renderer is closed.' } });
    await expect(renderer.render(spec())).rejects.toThrow(/closed/);
    await expect(renderer.renderPng('<svg xmlns="http://www.w3.org/2000/svg"/>')).rejects.toThrow(/closed/);
  });
});
