import { useEffect, useRef, type ReactNode } from 'react';

export interface StepPanelProps {
  /** The step's name, so a screen reader says where the focus went. */
  label: string;
  /** Take the focus on arrival: the button that led here is gone with the previous step. */
  hasFocus: boolean;
  children: ReactNode;
}

/** The content of one step of the import. */
export function StepPanel({ label, hasFocus, children }: StepPanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (hasFocus) ref.current?.focus();
  }, [hasFocus]);
  return (
    <div ref={ref} tabIndex={-1} role="group" aria-label={label} className="import-step">
      {children}
    </div>
  );
}
