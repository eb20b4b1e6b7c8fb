import { useCallback } from 'react';
import { useMap } from 'react-leaflet';
import { useRegisterExporter } from '@/components/exporters/ExportersProvider';
import type { ImageCaption } from '@/components/exporters/picture';
import { mapPicture } from './exportMap';

export interface MapExporterProps {
  /** False until the map is worth a picture. */
  ready: boolean;
}

/** Hands the map's picture to whoever asks (share), while the map is drawn. */
export function MapExporter({ ready }: MapExporterProps) {
  const map = useMap();
  const exportMap = useCallback(
    (_format: 'png', caption: ImageCaption) => mapPicture(map, caption),
    [map],
  );
  useRegisterExporter('map', ready ? exportMap : null);
  return null;
}
