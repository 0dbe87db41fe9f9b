import { renderSVG } from 'uqr';

/**
 * A QR code drawn on the server as SVG: no image service sees the secret it carries, and no
 * script draws it. The SVG is uqr's own output for `value` (rectangles only, no text from it).
 */
export function QrCode({ value, label }: { value: string; label: string }) {
  return (
    <div
      role="img"
      aria-label={label}
      className="size-52 shrink-0 rounded-lg border border-stone-200 bg-white p-2 [&>svg]:size-full"
      dangerouslySetInnerHTML={{ __html: renderSVG(value, { border: 1 }) }}
    />
  );
}
