import { useHotkeys } from '@mantine/hooks';
import { useNavigate } from 'react-router';

/**
 * Alt+N opens the register form from anywhere in the app, even from a text box (the search box
 * has the focus on the client list): Alt+N types nothing there on the keyboards we support.
 */
export function useNewClientShortcut(): void {
  const navigate = useNavigate();
  useHotkeys([['alt+N', () => void navigate('/clients/new'), { usePhysicalKeys: true }]], []);
}
