import escapeHtml from 'escape-html';
import type { VenueDetails } from '../domain/venue-events.js';

/**
 * The sign a venue prints for its entrance: the QR code, and under it the venue's name and
 * address, so people see they are checking in at the right place. One A4 page; every text from
 * the venue is escaped (a name is data, never markup).
 */
export function renderQrSheet(venue: VenueDetails, qrSvg: string): string {
  const address = venue.address ? `<p class="address">${escapeHtml(venue.address)}</p>` : '';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escapeHtml(venue.name)} – mã QR check-in</title>
<style>
  @page { size: A4 portrait; margin: 15mm; }
  html, body { margin: 0; font-family: "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; color: #000; background: #fff; }
  main { display: flex; flex-direction: column; align-items: center; text-align: center; min-height: 260mm; justify-content: center; }
  .instruction { font-size: 20pt; font-weight: 600; margin: 0 0 8mm; }
  .instruction span { display: block; font-size: 13pt; font-weight: 400; }
  .code svg { width: 150mm; height: 150mm; }
  .name { font-size: 28pt; font-weight: 700; margin: 8mm 0 2mm; overflow-wrap: anywhere; }
  .address { font-size: 16pt; margin: 0 0 4mm; overflow-wrap: anywhere; }
  .id { font-size: 10pt; color: #444; margin: 0; }
  @media print { main { page-break-inside: avoid; } }
</style>
</head>
<body>
<main>
  <p class="instruction">Quét mã QR khi vào và khi ra<span>Scan this code when you arrive and when you leave</span></p>
  <div class="code">${qrSvg}</div>
  <h1 class="name">${escapeHtml(venue.name)}</h1>
  ${address}
  <p class="id">${escapeHtml(venue.venueId)}</p>
</main>
</body>
</html>
`;
}
