import { useViewportSize } from '@mantine/hooks';
import { useLayoutEffect, useState, type RefObject } from 'react';

const minimumHeight = 320;
// The page's own bottom padding (AppShell main, padding "lg").
const bottomGap = 24;

/**
 * The height that takes a box from where it starts down to the bottom of the window, so a long
 * list scrolls inside itself and the page around it (search, filters) stays in view.
 */
export function useHeightToViewportEnd(
  ref: RefObject<HTMLElement | null>,
  /** Changes when the box is put into the page anew (it may not always be there). */
  isShown: boolean,
): number {
  const { height: viewportHeight } = useViewportSize();
  const [top, setTop] = useState(300);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setTop(element.getBoundingClientRect().top + window.scrollY);
    measure();
    // The filters above may wrap onto two lines when the window narrows.
    const observer = new ResizeObserver(measure);
    if (element.parentElement) observer.observe(element.parentElement);
    return () => observer.disconnect();
  }, [ref, isShown]);
  return Math.max(minimumHeight, (viewportHeight || window.innerHeight) - top - bottomGap);
}
