import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';

/** The green note that says a change went through (the dialog that made it closes itself). */
export function showDone(message: string): void {
  notifications.show({ color: 'teal', icon: <IconCheck size={18} aria-hidden />, message });
}
