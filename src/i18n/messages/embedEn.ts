/** The embed's words in English (embed.ts has their shape). */
import type { SourceCredit } from '@/domain/dataset/credit';
import { formatCount } from '../format';
import type { EmbedMessages } from './embed';

export const embedEn = {
  embed: 'Embed',
  embedDialogTitle: 'Embed this view in an article',
  embedIntro:
    'Paste the code into your article’s HTML. The frame shows only the view you choose, with its source and a link to the full dashboard.',
  embedWhat: 'What to embed',
  embedView: {
    dashboard: 'The whole dashboard',
    timeline: 'The tension timeline',
    map: 'The map',
    quotes: 'The quotes',
    story: 'The story',
  },
  embedStoryAt: (step: number, title: string) =>
    `The story, at step ${formatCount(step, 'en')}: ${title}`,
  embedOptions: 'Options',
  embedDates: 'A compact date control',
  embedTheme: 'Colours',
  embedThemeOption: { auto: 'The reader’s system', light: 'Light', dark: 'Dark' },
  embedPreview: 'Preview',
  embedPreviewFrame: 'Preview of the embed',
  embedCodeLabel: 'Code to paste',
  embedCodeHint:
    'The script, served by this site, makes the frame as tall as its content (it also answers to pym.js and to Datawrapper’s height messages). Without it the frame keeps its starting height.',
  embedCopy: 'Copy code',
  embedCopied: 'Code copied',
  embedCopyFailed: 'Could not copy: select the code and copy it with Ctrl+C (⌘C on a Mac).',
  embedPictureHeading: 'Where iframes are not allowed',
  embedPictureHint:
    'Some platforms strip iframes. Download the picture, upload it with your article and paste this code instead, with the picture’s address in place of its file name.',
  embedPictureNone: 'The quotes have no picture: a link to them stands in.',
  embedDownloadPicture: 'Download the picture (PNG)',
  embedPictureCodeLabel: 'Picture and link to paste',
  embedCopyPicture: 'Copy picture code',
  embedOwnFile:
    'An embed shows the built-in dataset: a file you opened stays in your browser and cannot be embedded.',
  embedClose: 'Close',
  embedFrameTitle: {
    dashboard: 'US–Russia diplomacy over Ukraine, 2021–2025: timeline, map and quotes',
    timeline: 'US–Russia diplomacy over Ukraine, 2021–2025: how tense each encounter was',
    map: 'US–Russia diplomacy over Ukraine, 2021–2025: where the leaders met',
    quotes: 'US–Russia diplomacy over Ukraine, 2021–2025: what each side said',
    story: 'US–Russia diplomacy over Ukraine, 2021–2025: the five meetings, step by step',
  },
  embedOpenFull: 'Open the full dashboard',
  embedNewTab: '(opens in a new tab)',
  embedSource: ({ count, publishers, others }: SourceCredit) =>
    `Source: ${formatCount(count, 'en')} news article${count === 1 ? '' : 's'}${publishers.length > 0 ? ` (${publishers.join(', ')}${others ? ' and others' : ''})` : ''}; tension from CAMEO-coded acts on GDELT’s Goldstein scale; map: Natural Earth.`,
} satisfies EmbedMessages;
