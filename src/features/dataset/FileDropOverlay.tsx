import { useI18n } from '@/i18n/I18nProvider';
import './FileDropOverlay.css';

export interface FileDropOverlayProps {
  /** A file is being dragged over the page. */
  visible: boolean;
}

/** "Drop the file here", over the whole page while a file is dragged over it. */
export function FileDropOverlay({ visible }: FileDropOverlayProps) {
  const { t } = useI18n();
  if (!visible) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>{t.dropHere}</p>
    </div>
  );
}
