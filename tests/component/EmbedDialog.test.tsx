// @vitest-environment jsdom
/**
 * Share → Embed in jsdom: the code follows the choices, the story is offered where the data has
 * it, a reader's own file is named, copying and the picture answer. (jsdom has no modal dialog;
 * it gets a stand-in. The real one, the preview and the code pasted into an article are tested in
 * the browser: tests/e2e/embedDialog.spec.ts.)
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { datasetQueryOptions } from '@/data/datasetQuery';
import type { DatasetIndex } from '@/domain/query/datasetIndex';
import { indexDataset } from '@/domain/query/indexDataset';
import { EmbedButton, type EmbedButtonProps } from '@/features/share/EmbedDialog';
import { I18nProvider } from '@/i18n/I18nProvider';
import type { Language } from '@/domain/dataset/vocabulary';
import { makeSampleDataset } from '../fixtures/sampleDataset';

const plain = indexDataset(makeSampleDataset());
const withStory = indexDataset(makeSampleDataset({ withStory: true }));

beforeEach(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});
afterEach(() => vi.unstubAllGlobals());

function renderEmbed(
  index: DatasetIndex,
  props: Partial<EmbedButtonProps> = {},
  { builtIn = true, lang = 'en' as Language } = {},
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // The built-in dataset's query holds the dataset on screen, or another one.
  const shown = builtIn ? index : plain === index ? withStory : plain;
  client.setQueryData(datasetQueryOptions().queryKey, {
    index: shown,
    leftOut: [],
    origin: { kind: 'built-in' },
  });
  const savePicture = vi.fn<EmbedButtonProps['savePicture']>(() => Promise.resolve());
  render(
    <QueryClientProvider client={client}>
      <I18nProvider lang={lang}>
        <EmbedButton
          linkSearch="?place=geneva"
          dataset={index.head}
          placesById={index.placesById}
          eventsById={index.eventsById}
          viewDescription="Showing 2 of 4 events in Geneva"
          pictureName={(view) => `us-russia-diplomacy_geneva_${view}.png`}
          savePicture={savePicture}
          {...props}
        />
      </I18nProvider>
    </QueryClientProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: lang === 'vi' ? 'Nhúng' : 'Embed' }));
  return { savePicture, dialog: screen.getByRole('dialog') };
}

const codeOf = (dialog: HTMLElement, label = 'Code to paste') =>
  (within(dialog).getByLabelText(label) as HTMLTextAreaElement).value;

describe('the Embed dialog', () => {
  it('opens as a modal dialog named by its heading, and closes', () => {
    const { dialog } = renderEmbed(plain);
    expect(dialog).toHaveAccessibleName('Embed this view in an article');
    expect((dialog as HTMLDialogElement).open).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens again when Embed is pressed before the closed dialog’s close event has come', () => {
    // As in a browser, the close event comes a task after the dialog closes.
    const late: (() => void)[] = [];
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      this.open = false;
      late.push(() => this.dispatchEvent(new Event('close')));
    };
    const { dialog } = renderEmbed(plain);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    act(() => late.forEach((fire) => fire()));
    const reopened = screen.getByRole('dialog', { name: 'Embed this view in an article' });
    expect((reopened as HTMLDialogElement).open).toBe(true);
  });

  it('writes the choices into the code: the view, the dates, the colours', () => {
    const { dialog } = renderEmbed(plain);
    expect(codeOf(dialog)).toContain('/embed.html?view=dashboard&amp;place=geneva&amp;lang=en"');
    expect(codeOf(dialog)).toContain('height="2700"');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'The map' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'A compact date control' }));
    fireEvent.change(within(dialog).getByLabelText('Colours'), { target: { value: 'light' } });
    const code = codeOf(dialog);
    expect(code).toContain('view=map&amp;place=geneva&amp;lang=en&amp;theme=light&amp;dates=1"');
    expect(code).toContain(
      'title="US–Russia diplomacy over Ukraine, 2021–2025: where the leaders met"',
    );
    expect(code).toContain('height="720"');
    // The preview shows what the code embeds.
    expect(within(dialog).getByTitle('Preview of the embed')).toHaveAttribute(
      'src',
      expect.stringContaining('view=map&place=geneva&lang=en&theme=light&dates=1'),
    );
  });

  it('offers the story, at the step on screen, only where the data has its meetings', () => {
    const { dialog } = renderEmbed(plain);
    expect(within(dialog).queryByRole('radio', { name: /story/ })).toBeNull();
    cleanup();

    const story = renderEmbed(withStory, { linkSearch: '?story=2' }).dialog;
    const step = within(story).getByRole('radio', {
      name: 'The story, at step 2: Geneva, January 2022',
    });
    expect(step).toBeChecked();
    expect(codeOf(story)).toContain('view=story&amp;lang=en&amp;story=2"');
  });

  it('speaks the page’s language, and writes it into the code', () => {
    const { dialog } = renderEmbed(plain, {}, { lang: 'vi' });
    expect(dialog).toHaveAccessibleName('Nhúng phần này vào bài báo');
    expect(codeOf(dialog, 'Mã để dán')).toContain('lang=vi"');
    expect(within(dialog).getByRole('radio', { name: 'Bản đồ' })).toBeInTheDocument();
  });

  it('says that an embed shows the built-in dataset, when the one on screen is not', () => {
    expect(renderEmbed(plain).dialog).not.toHaveTextContent('cannot be embedded');
    cleanup();
    expect(renderEmbed(plain, {}, { builtIn: false }).dialog).toHaveTextContent(
      'An embed shows the built-in dataset: a file you opened stays in your browser and cannot be embedded.',
    );
  });

  it('copies the code, or selects it where the clipboard refuses', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { dialog } = renderEmbed(plain);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy code' }));
    expect(await within(dialog).findByText('Code copied')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(codeOf(dialog));

    writeText.mockImplementation(() => Promise.reject(new Error('denied')));
    fireEvent.click(within(dialog).getByRole('radio', { name: 'The quotes' }));
    // The message was about the code before: it goes with it.
    expect(within(dialog).queryByText('Code copied')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy code' }));
    expect(await within(dialog).findByText(/Could not copy/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Code to paste')).toHaveFocus();
  });

  it('gives the view’s picture, linked, where frames are stripped; a link for the quotes', async () => {
    const { dialog, savePicture } = renderEmbed(plain);
    const picture = () => codeOf(dialog, 'Picture and link to paste');
    expect(picture()).toContain('<img src="us-russia-diplomacy_geneva_timeline.png"');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'The map' }));
    expect(picture()).toMatch(
      /^<a href="[^"]*\/\?place=geneva&amp;lang=en"><img src="us-russia-diplomacy_geneva_map\.png" alt="Showing 2 of 4 events in Geneva"/,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Download the picture (PNG)' }));
    expect(savePicture).toHaveBeenCalledWith('map');

    savePicture.mockImplementation(() => Promise.reject(new Error('That view is not drawn')));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Download the picture (PNG)' }));
    expect(await within(dialog).findByText('That view is not drawn')).toHaveAttribute(
      'role',
      'alert',
    );

    fireEvent.click(within(dialog).getByRole('radio', { name: 'The quotes' }));
    expect(within(dialog).queryByRole('button', { name: 'Download the picture (PNG)' })).toBeNull();
    expect(picture()).toMatch(/^<a href="[^"]+">Showing 2 of 4 events in Geneva<\/a>$/);
  });
});
