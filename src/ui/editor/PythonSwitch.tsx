import type { PythonMode } from '../../sim/types';
import './editor.css';

export interface PythonSwitchProps {
  /** The program's label, "Server": the group is named "Server's Python version". */
  label: string;
  /** What the session asks for: 2, 3, or 'auto' (detected from the source). */
  mode: PythonMode;
  /** The version the program runs as now (what 'auto' detected). */
  running: 2 | 3;
  onChange(mode: 2 | 3): void;
  disabled?: boolean;
}

/**
 * Each program's own Python 2/3 switch: two small radio buttons. With 'auto' the detected version
 * is the one checked (its tooltip says it was detected); choosing one fixes the version.
 */
export function PythonSwitch({ label, mode, running, onChange, disabled }: PythonSwitchProps) {
  const name = `${label}'s Python version`;
  const checked = mode === 'auto' ? running : mode;
  return (
    <div className="python-switch" role="radiogroup" aria-label={name}
      title={mode === 'auto' ? `Python ${running}, detected from the code` : `Python ${mode}`}>
      <span className="python-switch-name" aria-hidden="true">Python</span>
      {([2, 3] as const).map((v) => (
        <label key={v} className={`python-option${checked === v ? ' checked' : ''}`}>
          <input
            type="radio"
            name={`python-${label}`}
            value={v}
            aria-label={`Python ${v}`}
            checked={checked === v}
            disabled={disabled}
            onChange={() => onChange(v)}
          />
          <span aria-hidden="true">{v}</span>
        </label>
      ))}
    </div>
  );
}
