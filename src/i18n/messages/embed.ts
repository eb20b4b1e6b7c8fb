/**
 * The embed's words: the Embed dialog (features/share/EmbedDialog.tsx) and the embed page itself
 * (app/EmbedLayout.tsx).
 */
import type { SourceCredit } from '@/domain/dataset/credit';
import type { EmbedView } from '@/domain/viewState/embedState';

export interface EmbedMessages {
  embed: string;
  embedDialogTitle: string;
  embedIntro: string;
  embedWhat: string;
  embedView: Record<EmbedView, string>;
  embedStoryAt: (step: number, title: string) => string;
  embedOptions: string;
  embedDates: string;
  embedTheme: string;
  embedThemeOption: { auto: string; light: string; dark: string };
  embedPreview: string;
  embedPreviewFrame: string;
  embedCodeLabel: string;
  embedCodeHint: string;
  embedCopy: string;
  embedCopied: string;
  embedCopyFailed: string;
  embedPictureHeading: string;
  embedPictureHint: string;
  embedPictureNone: string;
  embedDownloadPicture: string;
  embedPictureCodeLabel: string;
  embedCopyPicture: string;
  embedOwnFile: string;
  embedClose: string;
  /** The frame's title, which a screen reader announces in the article. */
  embedFrameTitle: Record<EmbedView, string>;
  embedOpenFull: string;
  embedNewTab: string;
  embedSource: (credit: SourceCredit) => string;
}
