import type { Note } from '@/domain/dataset/schema';
import { noteIn } from '@/domain/dataset/note';
import { useI18n } from '@/i18n/I18nProvider';

/**
 * A note or a reason from the data, in the page's language where the data has it, marked with its
 * language, and "(translated from English)" where it is a translation. A note written once, in
 * an unknown language, is shown as written.
 */
export function NoteText({ note }: { note: Note }) {
  const { t, lang } = useI18n();
  const shown = noteIn(note, lang);
  return (
    <>
      <span lang={shown.lang ?? undefined}>{shown.text}</span>
      {shown.translatedFrom ? (
        <span className="note-translated"> ({t.noteTranslatedFrom[shown.translatedFrom]})</span>
      ) : null}
    </>
  );
}
