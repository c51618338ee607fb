/** Go to the ticket grid with a drill-down filter (shared/domain/kpi-drill.ts): a chart click; tiles are plain links. */
export function openDrill(href: string): void {
  window.location.hash = href;
}
