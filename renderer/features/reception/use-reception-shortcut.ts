import { useHotkeys } from '@mantine/hooks';
import { useLocation, useNavigate } from 'react-router';
import { receptionSearchId } from './ReceptionSearch.tsx';

/**
 * Alt+R opens the reception from anywhere, even from a text box; on the reception itself it
 * goes back to the name search, which is how the desk starts over with the next visitor.
 */
export function useReceptionShortcut(): void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useHotkeys(
    [
      [
        'alt+R',
        () => {
          if (pathname === '/reception') document.getElementById(receptionSearchId)?.focus();
          else void navigate('/reception');
        },
        { usePhysicalKeys: true },
      ],
    ],
    [],
  );
}
