import { useMemo, useState } from 'react';
import {
  shownFacets,
  toggleFacetValue,
  type FacetId,
  type FacetSelection,
} from '@/domain/query/facets';
import type { DatasetIndex } from '@/domain/query/datasetIndex';
import { ALL_PLACES } from '@/domain/query/eventSet';
import { countFacetsInView } from '@/domain/query/facetCounts';
import type { ViewFilters } from '@/domain/viewState/viewFilters';
import type { EventKind, EventStatus } from '@/domain/dataset/vocabulary';
import { cameoName } from '@/i18n/cameoNames';
import { useI18n } from '@/i18n/I18nProvider';
import { actorCountryLabel } from '@/i18n/actorNames';
import './FacetPanel.css';

/** Values shown at first in a facet: the most common; the rest one click away. */
const FIRST_VALUES = 8;

export interface FacetPanelProps {
  id: string;
  open: boolean;
  index: DatasetIndex;
  /** The filters the views follow: each facet is counted over the events the others keep. */
  filters: ViewFilters;
  onChange: (facets: FacetSelection) => void;
}

/**
 * Filters by what the events are (kind, status, group, actor country or participant, CAMEO root
 * code): checkbox groups, opened by FacetToggle, one for each facet the dataset has two values
 * of or more, each value with how many events choosing it would show.
 */
export function FacetPanel({ id, open, index, filters, onChange }: FacetPanelProps) {
  const { t } = useI18n();
  const all = index.facetValues();
  const facets = useMemo(() => shownFacets(all), [all]);
  const { range, place, facets: selection } = filters;
  // Counted only while the groups are open, from the index (domain/query/facetCounts.ts).
  const counts = useMemo(() => {
    if (!open) return null;
    const key = place === null ? undefined : index.placeKey.get(place);
    const filter = key === undefined ? ALL_PLACES : ({ kind: 'place', key } as const);
    return countFacetsInView(index, range, filter, selection);
  }, [open, index, range, place, selection]);
  if (facets.length === 0) return null;
  return (
    <div id={id} className="facets" role="group" aria-label={t.facetsLabel} hidden={!open}>
      {counts === null
        ? null
        : facets.map((facet) => (
            <FacetGroup
              key={facet}
              facet={facet}
              index={index}
              values={[...all[facet].keys()]}
              counts={counts[facet]}
              chosen={selection[facet] ?? []}
              onToggle={(value, on) => onChange(toggleFacetValue(selection, facet, value, on))}
            />
          ))}
    </div>
  );
}

interface FacetGroupProps {
  facet: FacetId;
  index: DatasetIndex;
  /** Every value the dataset has. */
  values: readonly string[];
  counts: ReadonlyMap<string, number>;
  chosen: readonly string[];
  onToggle: (value: string, on: boolean) => void;
}

function FacetGroup({ facet, index, values, counts, chosen, onToggle }: FacetGroupProps) {
  const { t, lang } = useI18n();
  const [all, setAll] = useState(false);
  const label = (value: string): string => {
    switch (facet) {
      case 'kind':
        return t.kind[value as EventKind] ?? value;
      case 'status':
        return t.status[value as EventStatus] ?? value;
      case 'actor':
        return actorCountryLabel(value, lang);
      case 'participant':
        return index.peopleById.get(value)?.name ?? value;
      case 'cameo':
        return `${value} ${cameoName(value, lang)}`.trim();
      case 'group':
        return value;
    }
  };
  // The most common first (in the view), then by name; a chosen value is never hidden.
  const sorted = [...values].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || label(a).localeCompare(label(b), lang),
  );
  const shown = all
    ? sorted
    : sorted.filter((value, i) => i < FIRST_VALUES || chosen.includes(value));
  return (
    <fieldset className="facets__group">
      <legend>{t.facetName[facet]}</legend>
      <ul>
        {shown.map((value) => (
          <li key={value}>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(value)}
                onChange={(e) => onToggle(value, e.currentTarget.checked)}
              />{' '}
              {t.facetValue(label(value), counts.get(value) ?? 0)}
            </label>
          </li>
        ))}
      </ul>
      {shown.length < sorted.length ? (
        <button type="button" className="chip" onClick={() => setAll(true)}>
          {t.facetShowAll(sorted.length)}
        </button>
      ) : null}
    </fieldset>
  );
}
