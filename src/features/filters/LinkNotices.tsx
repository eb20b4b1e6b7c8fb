import type { UrlNotice } from '@/domain/viewState/urlState';
import { useI18n } from '@/i18n/I18nProvider';
import './filters.css';

export interface LinkNoticesProps {
  notices: readonly UrlNotice[];
  onDismiss: () => void;
}

/** The parts of the link that were ignored, and why. */
export function LinkNotices({ notices, onDismiss }: LinkNoticesProps) {
  const { t } = useI18n();
  if (notices.length === 0) return null;
  return (
    <div className="notices" aria-live="polite">
      <p className="notices__title">{t.notices}</p>
      <ul>
        {notices.map((notice, i) => (
          <li key={i}>{t.notice[notice.reason](notice.param)}</li>
        ))}
      </ul>
      <button type="button" className="chip" onClick={onDismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
