import { useApiQuery } from '../../data/use-api-query.ts';
import { FirstRunScreen } from '../first-run/FirstRunScreen.tsx';
import { SessionGate } from '../session/SessionGate.tsx';
import { AppRouter } from '../shell/AppRouter.tsx';
import { useSessionStore } from '../../state/session-store.ts';
import { AppInfoContext } from './app-info-context.ts';
import { StartupErrorScreen } from './StartupErrorScreen.tsx';
import { StartupLoading } from './StartupLoading.tsx';
import { UnlockScreen } from './UnlockScreen.tsx';
import { useDefaultLanguage } from './use-default-language.ts';

/**
 * Decides what the app can show: the unlock screen while an encrypted database waits for a
 * name and password, an error when the database cannot be used, the first-run form while no
 * site exists, the sign-in screen while someone must sign in, else the app.
 */
export function StartupGate() {
  const info = useApiQuery('app.info', {});
  // The organisation's settings are read once someone may read them (after sign-in).
  const isOpen = useSessionStore((state) => state.phase === 'open');
  useDefaultLanguage(info.status === 'ready' && info.value.site !== null && isOpen);
  if (info.status === 'loading') return <StartupLoading />;
  if (info.status === 'error') {
    // Unlocked: app.info answers now, and the session the unlock began carries on.
    if (info.error.code === 'DB_LOCKED') return <UnlockScreen onUnlocked={info.reload} />;
    return <StartupErrorScreen message={info.error.message} />;
  }
  const { site } = info.value;
  if (!site) return <FirstRunScreen onCreated={info.reload} />;
  return (
    <AppInfoContext value={{ ...info.value, site, reload: info.reload }}>
      <SessionGate>
        <AppRouter />
      </SessionGate>
    </AppInfoContext>
  );
}
