// Locks and unlocks the private test keyring's default collection through the Secret Service
// D-Bus API, so a test sees a really locked keyring. Only under scripts/with-keyring.sh, which
// exports the throw-away keyring password this needs to unlock without a (GUI) prompt.
import { openSessionBus, type SecretServiceCall } from '../../main/host/secret-service';

const SECRETS = 'org.freedesktop.secrets';
const SERVICE_PATH = '/org/freedesktop/secrets';

/** True when the process runs in the private, throw-away keyring and may lock it. */
export const canLockPrivateKeyring =
  process.platform === 'linux' &&
  process.env.FORTROLIG_KEYRING === 'private' &&
  !!process.env.FORTROLIG_KEYRING_PASSWORD;

async function withDefaultCollection<T>(
  fn: (call: SecretServiceCall, collection: string) => Promise<T>,
): Promise<T> {
  const bus = await openSessionBus();
  try {
    const [path] = await bus.call({
      destination: SECRETS,
      path: SERVICE_PATH,
      interface: 'org.freedesktop.Secret.Service',
      member: 'ReadAlias',
      signature: 's',
      body: ['default'],
    });
    return await fn(bus.call, String(path));
  } finally {
    bus.close();
  }
}

/** Locks the default collection (what a keyring not unlocked at login looks like). */
export function lockPrivateKeyring(): Promise<void> {
  return withDefaultCollection(async (call, collection) => {
    await call({
      destination: SECRETS,
      path: SERVICE_PATH,
      interface: 'org.freedesktop.Secret.Service',
      member: 'Lock',
      signature: 'ao',
      body: [[collection]],
    });
  });
}

/**
 * Unlocks it again with its password, through gnome-keyring's own interface (Service.Unlock
 * would need a GUI prompt), over a "plain" session on the run's private bus.
 */
export function unlockPrivateKeyring(): Promise<void> {
  return withDefaultCollection(async (call, collection) => {
    const [, session] = await call({
      destination: SECRETS,
      path: SERVICE_PATH,
      interface: 'org.freedesktop.Secret.Service',
      member: 'OpenSession',
      signature: 'sv',
      body: ['plain', ['s', '']],
    });
    try {
      await call({
        destination: SECRETS,
        path: SERVICE_PATH,
        interface: 'org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface',
        member: 'UnlockWithMasterPassword',
        signature: 'o(oayays)',
        body: [
          collection,
          [
            session,
            Buffer.alloc(0),
            Buffer.from(process.env.FORTROLIG_KEYRING_PASSWORD!, 'utf8'),
            'text/plain',
          ],
        ],
      });
    } finally {
      await call({
        destination: SECRETS,
        path: String(session),
        interface: 'org.freedesktop.Secret.Session',
        member: 'Close',
      });
    }
  });
}
