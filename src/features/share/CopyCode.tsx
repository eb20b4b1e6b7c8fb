import { useId, useRef, useState } from 'react';
import { useI18n } from '@/i18n/I18nProvider';

export interface CopyCodeProps {
  label: string;
  hint?: string;
  code: string;
  /** The copy button's words. */
  copy: string;
}

/**
 * Code to paste, in a labelled read-only text box, and a button that copies it; where the
 * clipboard refuses, the code is selected and the reader told how to copy it.
 */
export function CopyCode({ label, hint, code, copy }: CopyCodeProps) {
  const { t } = useI18n();
  const id = useId();
  const hintId = useId();
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const [feedback, setFeedback] = useState<{ code: string; copied: boolean } | null>(null);

  async function copyCode() {
    try {
      await navigator.clipboard.writeText(code);
      setFeedback({ code, copied: true });
    } catch {
      boxRef.current?.focus();
      boxRef.current?.select();
      setFeedback({ code, copied: false });
    }
  }

  // A message about code that has changed since says nothing.
  const shown = feedback?.code === code ? feedback : null;
  return (
    <div className="copy-code">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={boxRef}
        readOnly
        spellCheck={false}
        rows={Math.min(6, code.split('\n').length + 1)}
        value={code}
        aria-describedby={hint ? hintId : undefined}
        onFocus={(e) => e.currentTarget.select()}
      />
      {hint ? (
        <p id={hintId} className="copy-code__hint">
          {hint}
        </p>
      ) : null}
      <p className="copy-code__actions">
        <button type="button" className="chip" onClick={() => void copyCode()}>
          {copy}
        </button>{' '}
        <span aria-live="polite">
          {shown ? (shown.copied ? t.embedCopied : t.embedCopyFailed) : null}
        </span>
      </p>
    </div>
  );
}
