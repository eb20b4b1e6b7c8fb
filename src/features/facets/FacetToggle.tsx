import { shownFacets, type FacetSelection } from '@/domain/query/facets';
import type { DatasetIndex } from '@/domain/query/datasetIndex';
import { useI18n } from '@/i18n/I18nProvider';

export interface FacetToggleProps {
  index: DatasetIndex;
  selection: FacetSelection;
  open: boolean;
  onToggle: () => void;
  /** The pointer is on the button or focus reached it: the panel may be wanted soon. */
  onReach?: () => void;
  /** The id of the FacetPanel it opens. */
  panelId: string;
}

/** The button that opens the facets, saying how many values are chosen; none if none is shown. */
export function FacetToggle({
  index,
  selection,
  open,
  onToggle,
  onReach,
  panelId,
}: FacetToggleProps) {
  const { t } = useI18n();
  const facets = shownFacets(index.facetValues());
  if (facets.length === 0) return null;
  const chosen = facets.reduce((n, facet) => n + (selection[facet]?.length ?? 0), 0);
  return (
    <button
      type="button"
      className="chip facets__toggle"
      aria-expanded={open}
      aria-controls={panelId}
      onClick={onToggle}
      onPointerEnter={onReach}
      onFocus={onReach}
    >
      {t.facetsButton(chosen)} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
    </button>
  );
}
