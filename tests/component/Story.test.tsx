// @vitest-environment jsdom
/** The guided story runs on data that has its five meetings, and says so where it cannot. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { STORY_STEPS } from '@/domain/builtIn/story';
import { makeSampleDataset } from '../fixtures/sampleDataset';
import { renderDashboard, stubFetch, viewsSettled } from './renderDashboard';

vi.mock('@/features/map/DiplomacyMap', async () => ({
  default: (await import('./stubs')).MapStub,
}));
vi.mock('@/features/timeline/TensionChart', async () => ({
  default: (await import('./stubs')).ChartStub,
}));

const serve = (dataset: unknown) => stubFetch(() => new Response(JSON.stringify(dataset)));
const storyButton = () => screen.queryByRole('button', { name: 'Story: the five meetings' });

beforeEach(() => {
  Object.defineProperty(navigator, 'languages', { value: ['en-GB'], configurable: true });
});
afterEach(() => vi.unstubAllGlobals());

it('on a dataset without the story’s meetings there is no Story button', async () => {
  serve(makeSampleDataset());
  renderDashboard();
  await screen.findByTestId('map-stub');
  expect(storyButton()).toBeNull();
});

it('on a dataset with only some of the meetings there is none either', async () => {
  const partial = makeSampleDataset({ withStory: true });
  partial.events = partial.events.filter((e) => e.id !== STORY_STEPS[2]!.eventId);
  serve(partial);
  renderDashboard();
  await screen.findByTestId('map-stub');
  expect(storyButton()).toBeNull();
});

it('a link to a story step on such a dataset says why the story is closed, never silently', async () => {
  serve(makeSampleDataset());
  const user = userEvent.setup();
  renderDashboard('?story=1');
  expect(
    await screen.findByText(
      'This dataset does not have the five meetings the story follows; the story is closed.',
    ),
  ).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: 'Story' })).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Dismiss' }));
  expect(new URLSearchParams(window.location.search).get('story')).toBeNull();
});

it('on a dataset with the meetings, the Story button opens the first step', async () => {
  serve(makeSampleDataset({ withStory: true }));
  const user = userEvent.setup();
  renderDashboard();
  await screen.findByTestId('map-stub');
  await user.click(storyButton()!);
  await viewsSettled();
  const story = screen.getByRole('region', { name: 'Story' });
  expect(within(story).getByRole('heading')).toHaveTextContent(STORY_STEPS[0]!.title.en);
  expect(new URLSearchParams(window.location.search).get('story')).toBe('1');
  expect(await screen.findByRole('article', { name: 'Selected event' })).toHaveTextContent(
    'Meeting 1',
  );
});

it('Next, Previous and the steps’ dots move through the story, each step moving the views', async () => {
  serve(makeSampleDataset({ withStory: true }));
  const user = userEvent.setup();
  renderDashboard('?story=1');
  const story = await screen.findByRole('region', { name: 'Story' });
  const step = () => new URLSearchParams(window.location.search).get('story');
  expect(within(story).getByRole('button', { name: /Previous/ })).toBeDisabled();

  await user.click(within(story).getByRole('button', { name: /Next/ }));
  expect(step()).toBe('2');
  // Moving to another step takes focus (and a screen reader) to its text.
  expect(within(story).getByRole('heading')).toHaveTextContent(STORY_STEPS[1]!.title.en);
  expect(within(story).getByRole('heading')).toHaveFocus();
  await viewsSettled();
  expect(await screen.findByRole('article', { name: 'Selected event' })).toHaveTextContent(
    'Meeting 2',
  );

  const last = STORY_STEPS.length;
  await user.click(
    within(story).getByRole('button', { name: `Step ${last}: ${STORY_STEPS[last - 1]!.title.en}` }),
  );
  expect(step()).toBe(String(last));
  expect(within(story).getByRole('button', { name: /Next/ })).toBeDisabled();

  await user.click(within(story).getByRole('button', { name: /Previous/ }));
  expect(step()).toBe(String(last - 1));
});
