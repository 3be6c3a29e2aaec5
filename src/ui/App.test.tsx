// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkspaceStore, initialSpec, type WorkspaceStore } from '../store';
import { fixtureEngine, lectureStoryViews } from '../store/fixtures';
import { App } from './App';

/** The network and sequence panels are lazy chunks; on a busy machine their import takes over a second. */
const LAZY = 10_000;

function setup(): WorkspaceStore {
  const engine = fixtureEngine();
  const store = createWorkspaceStore(engine, initialSpec(engine));
  render(<App store={store} options={{ instant: true }} />);
  return store;
}
const step = (n: number) => { for (let i = 0; i < n; i++) fireEvent.click(screen.getByRole('button', { name: 'Step' })); };

// Autosave (src/ui/export) would restore one test's session into the next.
beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('the workspace', () => {
  it('shows every panel as a named region', async () => {
    setup();
    for (const name of ['Server code', 'Client 1 code', 'Variables', 'Kernel', 'select()', 'Output']) {
      expect(screen.getByRole('region', { name })).toBeTruthy();
    }
    expect(await screen.findByRole('region', { name: 'Network' }, { timeout: LAZY })).toBeTruthy();
    expect(await screen.findByRole('region', { name: 'Sequence diagram' }, { timeout: LAZY })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/Press Step/);
    for (const name of ['Step', 'Back', 'Play', 'Reset', 'Add client', 'Step server', 'Step client 1']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    expect(screen.getByRole('slider', { name: 'Timeline' })).toBeTruthy();
  });

  it('marks the line about to run, the line just run, and a blocked line with its reason', () => {
    setup();
    const server = screen.getByRole('region', { name: 'Server code' });
    const current = () => server.querySelector('[aria-current="step"]');
    expect(current()?.textContent).toContain('import select');
    step(1);
    expect(current()?.textContent).toContain('import socket');
    expect(server.querySelector('.code-line.last')?.textContent).toContain('import select');
    step(8);
    expect(current()?.textContent).toContain('select.select');
    expect(within(server).getByText(/blocked in select\(\): no socket is ready/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'select()' }).textContent).toContain('the accept queue is empty');
  });

  it('shows the kernel: fds, RFC state names, queues against the backlog, buffers and flags', () => {
    setup();
    step(6);
    const kernel = screen.getByRole('region', { name: 'Kernel' });
    expect(kernel.textContent).toContain('LISTEN');
    expect(within(kernel).getByRole('meter', { name: 'Accept queue' }).getAttribute('aria-valuetext')).toBe('0 of 31');
    step(10);
    expect(kernel.textContent).toContain('ESTABLISHED');
    expect(within(kernel).getByRole('meter', { name: 'Accept queue' }).getAttribute('aria-valuenow')).toBe('1');
    step(9);
    expect(kernel.textContent).toContain('CLOSE-WAIT');
    expect(kernel.textContent).toContain('FIN-WAIT-2');
    expect(kernel.textContent).toContain('EOF received');
  });

  it('highlights variables that changed in this step (not by colour alone)', () => {
    setup();
    step(4);
    const vars = screen.getByRole('region', { name: 'Variables' });
    const row = within(vars).getByText('server').closest('tr')!;
    expect(row.className).toBe('changed');
    expect(row.textContent).toContain('(changed in this step)');
    step(1);
    expect(within(vars).getByText('server').closest('tr')!.className).toBe('');
  });

  it('Back restores the previous view exactly; the timeline scrubs', () => {
    const store = setup();
    step(13);
    const before = document.querySelector('main')!.innerHTML;
    step(1);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(document.querySelector('main')!.innerHTML).toBe(before);
    fireEvent.change(screen.getByRole('slider', { name: 'Timeline' }), { target: { value: '3' } });
    expect(store.getState().revision).toBeGreaterThan(0);
    expect(screen.getByRole('slider', { name: 'Timeline' }).getAttribute('aria-valuetext')).toMatch(/^step 3 of/);
  });

  it('answers the keyboard: → steps, ← goes back, space plays and pauses, Home resets (each at the next frame)', async () => {
    const store = setup();
    const slider = () => screen.getByRole('slider', { name: 'Timeline' }) as HTMLInputElement;
    // Two presses before a frame both count, in order.
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    await waitFor(() => expect(slider().value).toBe('2'));
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    await waitFor(() => expect(slider().value).toBe('1'));
    fireEvent.keyDown(document.body, { key: ' ' });
    await waitFor(() => expect(store.getState().playing).toBe(true));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    fireEvent.keyDown(document.body, { key: ' ' });
    await waitFor(() => expect(store.getState().playing).toBe(false));
    fireEvent.keyDown(document.body, { key: 'Home' });
    await waitFor(() => expect(slider().value).toBe('0'));
  });

  it('runs a program to a clicked line', () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Run Server to line 9' }));
    const server = screen.getByRole('region', { name: 'Server code' });
    expect(server.querySelector('[aria-current="step"]')?.textContent).toContain('select.select');
  });

  it('links a segment in the sequence diagram to the code line that sent it', async () => {
    setup();
    step(13);
    const seq = await screen.findByRole('region', { name: 'Sequence diagram' }, { timeout: LAZY });
    const syn = within(seq).getByRole('button', { name: /^SYN seq=0 from 10\.0\.0\.2:41234/ });
    expect(syn.getAttribute('aria-label')).toContain('caused by Client 1 line 6, connect()');
    fireEvent.mouseEnter(syn);
    const client = screen.getByRole('region', { name: 'Client 1 code' });
    expect(client.querySelector('.code-line.linked')?.textContent).toContain('s.connect');
    fireEvent.mouseLeave(syn);
    fireEvent.mouseEnter(client.querySelectorAll('li')[5]);
    expect(syn.getAttribute('class')).toContain('lit');
  });

  it('shows output, with blank lines made visible', () => {
    setup();
    step(60);
    const out = screen.getByRole('region', { name: 'Output' });
    expect(out.textContent).toContain('Hello Server!');
    expect(out.textContent).toMatch(/\d+ lines, \d+ blank/);
    expect(screen.getByRole('status').textContent).toMatch(/step budget/);
  });
});

describe('a dropped segment', () => {
  it('visibly drops on the wire and ends in a cross on the ladder', async () => {
    const engine = fixtureEngine(() => {
      const views = lectureStoryViews();
      // The SYN+ACK (segment 2) is lost on the way.
      for (const v of views.slice(14)) {
        const s = v.segments.find((x) => x.id === 2);
        if (s) s.status = 'dropped';
      }
      return views;
    });
    const store = createWorkspaceStore(engine, initialSpec(engine));
    render(<App store={store} options={{ instant: true }} />);
    step(13);
    const net = await screen.findByRole('region', { name: 'Network' }, { timeout: LAZY });
    step(1);
    expect(net.querySelector('.segment.dropped')?.textContent).toContain('dropped');
    expect(net.textContent).toMatch(/SYN\+ACK seq=0 ack=1 server → client1 was dropped/);
    const seq = await screen.findByRole('region', { name: 'Sequence diagram' }, { timeout: LAZY });
    const lost = within(seq).getByRole('button', { name: /^SYN\+ACK seq=0 ack=1 .*dropped/ });
    expect(lost.querySelector('.drop-x')?.textContent).toBe('✕');
  });
});
