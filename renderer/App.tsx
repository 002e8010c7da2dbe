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
      <Notifications position="bottom-right" />
      <StartupGate />
    </MantineProvider>
  );
}
