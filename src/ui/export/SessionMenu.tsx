/**
 * Share and export: a link that holds the whole session, the session as a JSON file (save and
 * open), the run's segments as a pcap file for Wireshark, and the sequence diagram as SVG.
 *
 * The menu talks to the workspace through {@link SessionPorts}, so it knows nothing of the store.
 */
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { encodeSession, sessionFromJson, sessionToJson, SHARE_ROUTE } from '../../share/codec';
import type { SharedSession } from '../../share/validate';
import { downloadBytes, downloadText, stamp } from './download';
import './export.css';

export interface SessionPorts {
  /** The session as it stands: the spec, the actions behind the recorded steps, the current step. */
  current(): SharedSession;
  /** The run's segments up to the current step as a pcap file. */
  pcap(): Uint8Array | Promise<Uint8Array>;
  /** Replace the session with one that was opened (already checked). */
  load(session: SharedSession): void;
  /** The whole sequence diagram as the text of an SVG file, or null when there is none. */
  diagram(): Promise<string | null>;
}

/** The address of a session link for this page: same path, the session in the hash. */
export function linkFor(text: string, loc: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${loc.origin}${loc.pathname}${SHARE_ROUTE}${text}`;
}

type Note = { kind: 'ok' | 'error'; text: string } | null;

export function SessionMenu({ ports }: { ports: SessionPorts }) {
  const [link, setLink] = useState<string | null>(null);
  const [note, setNote] = useState<Note>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const share = async () => {
    const s = ports.current();
    try {
      const text = await encodeSession(s.spec, s.step, s.actions);
      const url = linkFor(text);
      setLink(url);
      let copied = false;
      try {
        await navigator.clipboard?.writeText(url);
        copied = !!navigator.clipboard;
      } catch { /* no clipboard permission: the field below still holds the link */ }
      setNote({ kind: 'ok', text: `${copied ? 'Link copied' : 'Link ready'}: ${url.length.toLocaleString('en-US')} characters, the whole session at step ${s.step}.` });
      requestAnimationFrame(() => linkField.current?.select());
    } catch (e) {
      setNote({ kind: 'error', text: `The link could not be made: ${(e as Error).message}` });
    }
  };

  const savePcap = async () => {
    const bytes = await ports.pcap();
    downloadBytes(`socket-lab-${stamp()}.pcap`, bytes, 'application/vnd.tcpdump.pcap');
    const frames = countFrames(bytes);
    setNote({ kind: 'ok', text: `Saved ${frames} segment${frames === 1 ? '' : 's'} as a pcap file: open it in Wireshark.` });
  };

  const saveSvg = async () => {
    const text = await ports.diagram();
    if (!text) {
      setNote({ kind: 'error', text: 'There is no sequence diagram on the page to save.' });
      return;
    }
    downloadText(`socket-lab-sequence-${stamp()}.svg`, text, 'image/svg+xml');
    setNote({ kind: 'ok', text: 'Saved the sequence diagram as an SVG file.' });
  };

  const saveJson = () => {
    const s = ports.current();
    downloadText(`socket-lab-session-${stamp()}.json`, sessionToJson(s.spec, s.step, s.actions), 'application/json');
    setNote({ kind: 'ok', text: 'Saved the session as a JSON file.' });
  };

  const openJson = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const r = file.size > 1024 * 1024 ? sessionFromJson('x'.repeat(1024 * 1024)) : sessionFromJson(await file.text());
    if (!r.ok) {
      setNote({ kind: 'error', text: r.error });
      return;
    }
    ports.load(r);
    setNote({ kind: 'ok', text: `Opened ${file.name}: ${r.spec.programs.length} program${r.spec.programs.length === 1 ? '' : 's'}, at step ${r.step}.` });
  };

  // The menu is a small disclosure: it stays open while it is used, and closes on Escape or a click elsewhere.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        toggle.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="session-menu" ref={root}>
      <button type="button" ref={toggle} className="btn session-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        Share &amp; export <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className="session-panel" role="group" aria-label="Share and export" hidden={!open}>
        <div className="session-buttons">
          <button type="button" className="btn small" onClick={share}>Share link</button>
          <button type="button" className="btn small" onClick={saveJson}>Save session</button>
          <button type="button" className="btn small" onClick={() => fileInput.current?.click()}>Open session…</button>
          <button type="button" className="btn small" onClick={savePcap}>Download pcap</button>
          <button type="button" className="btn small" onClick={saveSvg}>Diagram as SVG</button>
          <input ref={fileInput} type="file" accept=".json,application/json" className="sr-only" tabIndex={-1} aria-label="Session file to open" onChange={openJson} />
        </div>
        {link && (
          <label className="session-link">
            <span>Session link</span>
            <input ref={linkField} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          </label>
        )}
        <p className={`session-note${note?.kind === 'error' ? ' error' : ''}`} aria-live="polite">{note?.text ?? ''}</p>
      </div>
    </div>
  );
}

function countFrames(pcap: Uint8Array): number {
  const dv = new DataView(pcap.buffer, pcap.byteOffset, pcap.byteLength);
  let n = 0;
  for (let off = 24; off + 16 <= pcap.length; n++) off += 16 + dv.getUint32(off + 8, true);
  return n;
}

/** Shown when the page was opened with a session link that could not be restored. */
export function LinkProblem({ message, onDismiss }: { message: string; onDismiss(): void }) {
  return (
    <div className="link-problem" role="alert">
      <p>
        <strong>This link could not be opened.</strong> {message} The default session is shown instead.
      </p>
      <button type="button" className="btn small" onClick={onDismiss}>Dismiss</button>
    </div>
  );
}
