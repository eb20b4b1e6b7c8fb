import type { ReactNode, Ref } from 'react';
import './Panel.css';

export interface PanelProps {
  /** The region's accessible name: "Map", "Tone over time", "Quotes" (the heading says more). */
  label: string;
  heading: string;
  caption?: ReactNode;
  actions?: ReactNode;
  className?: string;
  /** Makes the heading a focus target: where focus goes when something in the panel closes. */
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}

/** A labelled region with a title and a one-line caption, as every view and chart has. */
export function Panel({
  label,
  heading,
  caption,
  actions,
  className,
  headingRef,
  children,
}: PanelProps) {
  return (
    <section aria-label={label} className={`panel ${className ?? ''}`}>
      <header className="panel__header">
        <div>
          <h2
            className="panel__heading"
            ref={headingRef}
            tabIndex={headingRef === undefined ? undefined : -1}
          >
            {heading}
          </h2>
          {caption ? <p className="panel__caption">{caption}</p> : null}
        </div>
        {actions ? <div className="panel__actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}
