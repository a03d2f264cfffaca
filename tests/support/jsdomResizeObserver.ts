/**
 * jsdom lays nothing out, so it has no ResizeObserver. Components that measure with one (the windowed notes list)
 * get an observer that never reports, which is what jsdom would say: no element ever has a size to report.
 */
class SilentResizeObserver implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

globalThis.ResizeObserver ??= SilentResizeObserver;
