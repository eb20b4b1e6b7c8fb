import { useCallback, useRef } from 'react';
import { useRegisterExporter } from '@/components/exporters/ExportersProvider';
import type { ImageCaption } from '@/components/exporters/picture';
import { useI18n } from '@/i18n/I18nProvider';

/**
 * Hands the chart's picture to whoever asks (share), once the chart is drawn (it has a size).
 * Returns a ref callback for the element the chart is drawn in.
 */
export function useTimelineExporter(drawn: boolean) {
  const { t } = useI18n();
  const chart = useRef<HTMLDivElement | null>(null);
  const exportTimeline = useCallback(
    async (format: 'png' | 'svg', caption: ImageCaption) => {
      // The pictures' code is fetched when one is asked for: it is not on the first screen.
      const { nextFrame, svgPicture, svgPicturePng } =
        await import('@/components/exporters/picture');
      // Recharts draws the marks a render after it has its size.
      await nextFrame();
      const svg = chart.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
      if (!svg) throw new Error(t.pictureUnavailable);
      return format === 'svg'
        ? new Blob([svgPicture(svg, caption)], { type: 'image/svg+xml;charset=utf-8' })
        : svgPicturePng(svg, caption);
    },
    [t],
  );
  useRegisterExporter('timeline', drawn ? exportTimeline : null);
  return useCallback((element: HTMLDivElement | null) => {
    chart.current = element;
  }, []);
}
