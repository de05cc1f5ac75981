// Asks the Linux Secret Service (org.freedesktop.Secret, spoken by GNOME Keyring and KWallet)
// whether the keychain entries Fortrolig reads are behind a locked collection. keytar cannot
// tell: libsecret answers a read from a locked collection with "no entry" (null), a delete
// with "nothing removed", and keytar's findCredentials crashes the process on one (a NULL
// secret handed to secret_value_get_text; also when an entry is deleted while it runs). So the
// keychain adapter asks here about locks, and lists its entries from here (by attributes only).
//
// Why a pure-JS D-Bus client (@homebridge/dbus-native) and not `gdbus`/`dbus-send`: it speaks to
// exactly the bus libsecret uses (DBUS_SESSION_BUS_ADDRESS), needs no binary that a KDE or
// minimal desktop may lack, spawns no process, and returns typed replies instead of text to
// parse. It is plain JavaScript with no install script, and is loaded only on Linux.
import { createConnection, type Socket } from 'node:net';

const SECRETS = 'org.freedesktop.secrets';
const SERVICE_PATH = '/org/freedesktop/secrets';
const DEFAULT_COLLECTION = '/org/freedesktop/secrets/aliases/default';

/** The subset of @homebridge/dbus-native's message bus that is used here. */
type DbusMessage = Readonly<{
  destination: string;
  path: string;
  interface: string;
  member: string;
  signature?: string;
  body?: unknown[];
}>;
type MessageBus = {
  invoke(message: DbusMessage, callback: (err: unknown, ...values: unknown[]) => void): void;
  connection: { end(): void; on(event: 'error', fn: (err: unknown) => void): void };
};
type DbusNative = { createClient(options: { stream: Socket }): MessageBus };

/**
 * One D-Bus method call on the session bus: its reply values in order.
 * @throws the D-Bus error (or a socket error) as it came.
 */
export type SecretServiceCall = (message: DbusMessage) => Promise<unknown[]>;

/**
 * Opens a session-bus connection for a few calls; `close()` ends it. The bus address comes
 * from DBUS_SESSION_BUS_ADDRESS (D-Bus specification, "Server Addresses": `unix:path=`,
 * `unix:abstract=`, `tcp:host=,port=`; values are %-escaped), the first usable entry wins.
 * @throws Error if there is no session bus address or none of its entries can be used.
 */
export async function openSessionBus(): Promise<{ call: SecretServiceCall; close(): void }> {
  const mod = (await import('@homebridge/dbus-native')) as unknown as DbusNative & {
    default?: DbusNative;
  };
  const dbus = mod.default ?? mod;
  const stream = connectSessionBus(process.env.DBUS_SESSION_BUS_ADDRESS ?? '');
  const bus = dbus.createClient({ stream });
  let failed: unknown = null;
  const waiting = new Set<(err: unknown) => void>();
  // A socket error after the handshake must not become an unhandled 'error' event.
  bus.connection.on('error', (err) => {
    failed = err;
    for (const reject of waiting) reject(err);
  });
  return {
    call: (message) =>
      new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        waiting.add(reject);
        bus.invoke(message, (err, ...values) => {
          waiting.delete(reject);
          if (err) reject(err);
          else resolve(values);
        });
      }),
    close: () => {
      try {
        bus.connection.end();
      } catch {
        // already closed
      }
      stream.destroy();
    },
  };
}

/**
 * True if an item with these attributes lies in a locked collection, or if the default
 * collection (where libsecret, and so keytar, stores new entries) is locked. Uses
 * org.freedesktop.Secret.Service.SearchItems, whose second list holds matching items that are
 * locked (GNOME Keyring can match a locked item by its hashed attributes), and the
 * Collection's `Locked` property (Secret Service API 0.2, "org.freedesktop.Secret.Collection").
 * Never prompts and never unlocks anything.
 * @throws whatever the bus throws (no Secret Service, no such alias, a closed socket): the
 * caller decides what an unanswerable question means.
 */
export async function secretServiceLocked(
  call: SecretServiceCall,
  attributes: Readonly<Record<string, string>>,
): Promise<boolean> {
  const [, locked] = await call({
    destination: SECRETS,
    path: SERVICE_PATH,
    interface: 'org.freedesktop.Secret.Service',
    member: 'SearchItems',
    signature: 'a{ss}',
    body: [Object.entries(attributes)],
  });
  if (Array.isArray(locked) && locked.length > 0) return true;
  try {
    const [variant] = await call({
      destination: SECRETS,
      path: DEFAULT_COLLECTION,
      interface: 'org.freedesktop.DBus.Properties',
      member: 'Get',
      signature: 'ss',
      body: ['org.freedesktop.Secret.Collection', 'Locked'],
    });
    return variantValue(variant) === true;
  } catch {
    // No default collection yet (a fresh keyring): nothing there is locked.
    return false;
  }
}

/**
 * The `account` attribute of every unlocked item whose `service` attribute is `service`, read
 * from the items' `Attributes` property (Secret Service API 0.2, "org.freedesktop.Secret.Item"):
 * no secret is ever fetched. An item that vanishes between the search and the read (another
 * process deleted it) is skipped. This is how Fortrolig lists its entries on Linux instead of
 * keytar's findCredentials, which fetches every secret and crashes the process (SIGSEGV, a NULL
 * secret handed to secret_value_get_text) when an item is deleted while it runs; locked items
 * are not listed (the caller asks secretServiceLocked first).
 * @returns account names in the Secret Service's order, each once.
 * @throws whatever the bus throws for the search itself (no Secret Service, a closed socket).
 */
export async function secretServiceAccounts(
  call: SecretServiceCall,
  service: string,
): Promise<string[]> {
  const [unlocked] = await call({
    destination: SECRETS,
    path: SERVICE_PATH,
    interface: 'org.freedesktop.Secret.Service',
    member: 'SearchItems',
    signature: 'a{ss}',
    body: [[['service', service]]],
  });
  const accounts = new Set<string>();
  for (const path of Array.isArray(unlocked) ? unlocked : []) {
    if (typeof path !== 'string') continue;
    let variant: unknown;
    try {
      [variant] = await call({
        destination: SECRETS,
        path,
        interface: 'org.freedesktop.DBus.Properties',
        member: 'Get',
        signature: 'ss',
        body: ['org.freedesktop.Secret.Item', 'Attributes'],
      });
    } catch {
      continue; // deleted since the search
    }
    const account = attributeValue(variantValue(variant), 'account');
    if (account !== undefined) accounts.add(account);
  }
  return [...accounts];
}

/** dbus-native returns an a{ss} as an array of [key, value] pairs. */
function attributeValue(dict: unknown, key: string): string | undefined {
  if (!Array.isArray(dict)) return undefined;
  for (const entry of dict) {
    if (Array.isArray(entry) && entry[0] === key && typeof entry[1] === 'string') return entry[1];
  }
  return undefined;
}

/** dbus-native returns a variant as [signature, [value]]. */
function variantValue(variant: unknown): unknown {
  if (!Array.isArray(variant) || !Array.isArray(variant[1])) return undefined;
  return variant[1][0];
}

function connectSessionBus(address: string): Socket {
  for (const entry of address.split(';')) {
    const colon = entry.indexOf(':');
    if (colon < 0) continue;
    const transport = entry.slice(0, colon);
    const params = new Map<string, string>();
    for (const pair of entry.slice(colon + 1).split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) params.set(pair.slice(0, eq), unescapeAddressValue(pair.slice(eq + 1)));
    }
    const path = params.get('path');
    const abstract = params.get('abstract');
    if (transport === 'unix' && path) return createConnection(path);
    // Node connects to Linux abstract sockets by a leading NUL.
    if (transport === 'unix' && abstract) return createConnection(`\0${abstract}`);
    if (transport === 'tcp' && params.get('port')) {
      return createConnection(Number(params.get('port')), params.get('host') ?? 'localhost');
    }
  }
  throw new Error('no usable D-Bus session bus address');
}

function unescapeAddressValue(value: string): string {
  return value.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
