import { useEffect, useRef } from 'react';
import { DECK, sectionOf } from '../../slides';

/**
 * A grid of every slide (O). A modal <dialog>: Escape closes it and focus stays inside.
 * `open` is 0 when closed, else a request number: a new number reopens the dialog even when the
 * parent has not yet heard that Escape closed it (the close event is queued, not synchronous).
 */
export function Overview({ open, index, onPick, onClose }: { open: number; index: number; onPick(i: number): void; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      d.querySelector<HTMLButtonElement>(`[data-index="${index}"]`)?.focus();
    } else if (!open && d.open) d.close();
  }, [open, index]);
  return (
    <dialog ref={ref} className="overview" aria-labelledby="overview-title"
      // A close event queued by an Escape that came before a reopen must not close the new one.
      onClose={() => { if (!ref.current?.open) onClose(); }}
      onKeyDown={(e) => {
        if (e.key === 'o' || e.key === 'O') {
          e.preventDefault();
          onClose();
        }
      }}>
      <div className="overview-head">
        <h2 id="overview-title">All {DECK.length} slides</h2>
        <button type="button" className="btn" onClick={onClose}>Close <span className="key-hint">(Esc)</span></button>
      </div>
      <ol className="overview-grid">
        {DECK.map((s, i) => (
          <li key={s.id}>
            <button type="button" className="overview-card" data-index={i} aria-current={i === index ? 'true' : undefined}
              onClick={() => onPick(i)}>
              <span className="overview-num">{i + 1}</span>
              <span className="overview-section">{sectionOf(s.section).title}</span>
              <span className="overview-title">{s.title}</span>
            </button>
          </li>
        ))}
      </ol>
    </dialog>
  );
}
