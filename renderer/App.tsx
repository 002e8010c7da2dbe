import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StartupGate } from './features/startup/StartupGate.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

export function App() {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      forceColorScheme="light"
    >
      {/* Bottom left, over the menu's empty end: forms keep Save at the bottom right, and a
          confirmation must not sit on it while the next client is being registered. */}
      <Notifications position="bottom-left" />
      <StartupGate />
    </MantineProvider>
  );
}
