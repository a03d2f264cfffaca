import type { TimerPhase } from '../../shared/session/timer';

/** A small shape that tells the timer's state without relying on colour. */
export function PhaseIcon({ phase, running }: { phase: TimerPhase; running: boolean }) {
  const common = { className: 'phase-icon', viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;
  if (phase === 'overtime' || phase === 'critical' || phase === 'warning') {
    return (
      <svg {...common}>
        <path d="M8 1.5 15 14.5H1Z" fill="currentColor" />
        <path d="M8 6v4.2M8 11.8v.9" stroke="var(--icon-cut, #000)" strokeWidth="1.7" strokeLinecap="round" />
      </svg>
    );
  }
  if (phase === 'idle') {
    return (
      <svg {...common}>
        <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M8 4.6V8l2.4 1.6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
    );
  }
  if (running) {
    return (
      <svg {...common}>
        <path d="M4 2.5v11l9-5.5Z" fill="currentColor" />
      </svg>
    );
  }
  return (
    <svg {...common}>
      <rect x="3.5" y="3" width="3" height="10" rx="0.8" fill="currentColor" />
      <rect x="9.5" y="3" width="3" height="10" rx="0.8" fill="currentColor" />
    </svg>
  );
}
