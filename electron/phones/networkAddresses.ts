/**
 * The laptop's addresses that phones in the room might reach, ranked for the
 * facilitator to pick one to advertise (QR code and typed address on the
 * projector). Phones type the address by hand, so only plain IPv4 counts.
 *
 * The ranking is a guess from interface names alone: the OS does not say
 * which adapter is the room's Wi-Fi, so the names Linux, macOS and Windows
 * give their adapters are matched against known patterns. A wrong guess only
 * moves an address down the list; the facilitator still sees every one.
 */
import { networkInterfaces } from 'node:os';
import type { NetworkInterfaceInfo } from 'node:os';
import type { AddressKind, AdvertisedAddress } from '../../shared/phones/advertisedAddress';

export type { AddressKind, AdvertisedAddress } from '../../shared/phones/advertisedAddress';

/** Best first: the position of a kind in this list is its rank. */
const KIND_ORDER: readonly AddressKind[] = ['wifi', 'ethernet', 'hotspot', 'other', 'vpn', 'virtual', 'link-local', 'this-computer'];

/** What the facilitator reads before the interface name. */
const KIND_TITLE: Record<AddressKind, string> = {
  wifi: 'Wi-Fi',
  ethernet: 'Ethernet',
  hotspot: 'Hotspot',
  other: 'Network',
  vpn: 'VPN',
  virtual: 'Virtual adapter',
  'link-local': 'Self-assigned',
  'this-computer': 'This computer only',
};

/** Why an address low in the list is there, in plain words; none for the kinds phones can normally reach. */
const KIND_WARNING: Record<AddressKind, string | null> = {
  wifi: null,
  ethernet: null,
  hotspot: null,
  other: null,
  vpn: 'phones usually cannot reach this',
  virtual: 'phones cannot reach this',
  'link-local': 'no network gave this computer an address',
  'this-computer': 'phones cannot reach it',
};

// VPN tunnels: Linux/BSD device prefixes, then the connection names VPN clients give their adapters on Windows and macOS.
const VPN_PREFIX = /^(tun|tap|utun|wg|ppp|ipsec|tailscale|zt)/;
const VPN_WORDS = ['vpn', 'wireguard', 'openvpn', 'tailscale', 'zerotier', 'cisco', 'forticlient', 'nordlynx'];

// Adapters that only reach containers or virtual machines on this laptop, never the room.
// Checked before Ethernet because Hyper-V names its switches "vEthernet (...)".
const VIRTUAL_PREFIX = /^(docker|br-|veth|virbr|vmnet|vboxnet|lxc|lxdbr|cni|flannel|podman)/;
const VIRTUAL_WORDS = ['vethernet', 'virtualbox', 'vmware', 'hyper-v', 'virtual', 'wsl', 'loopback pseudo'];

// Windows names the hosted-network (Mobile hotspot) adapter "Local Area Connection* N"; the asterisk is what
// tells it from the plain wired "Local Area Connection" of older Windows. Linux hotspots are usually ap0.
const HOTSPOT_PREFIX = /^(ap|local area connection\*)/;

const WIFI_PREFIX = /^(wlan|wlp|wlx)/;
const WIFI_WORDS = ['wi-fi', 'wlan', 'wireless'];

// "eth" also covers Windows' "Ethernet", "Ethernet 2"; "en" covers enp/eno/ens/enx (systemd's predictable names).
const ETHERNET_PREFIX = /^(eth|en|local area connection)/;

const DOTTED_QUAD = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The four octets of a plain IPv4 address, or null for anything else (IPv6, IPv4-mapped IPv6, junk). */
function octetsOf(address: string): [number, number, number, number] | null {
  const match = DOTTED_QUAD.exec(address);
  if (!match) return null;
  const octets = [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])] as [number, number, number, number];
  return octets.every((octet) => octet <= 255) ? octets : null;
}

/** The ranges home and office routers hand out (RFC 1918); the room's Wi-Fi is almost always one of them. */
function isPrivate([a, b]: readonly number[]): boolean {
  return a === 10 || (a === 192 && b === 168) || (a === 172 && b !== undefined && b >= 16 && b <= 31);
}

/** The kind of network an interface is on, from its name alone (link-local is decided by the address, not here). */
function kindOfInterface(interfaceName: string, platform: NodeJS.Platform): Exclude<AddressKind, 'link-local'> {
  const name = interfaceName.toLowerCase();
  const contains = (words: readonly string[]): boolean => words.some((word) => name.includes(word));
  // VPN and virtual first: their names can contain "Ethernet" or start with "en" and must not pass for the room's network.
  if (VPN_PREFIX.test(name) || contains(VPN_WORDS)) return 'vpn';
  if (VIRTUAL_PREFIX.test(name) || contains(VIRTUAL_WORDS)) return 'virtual';
  if (HOTSPOT_PREFIX.test(name)) return 'hotspot';
  if (platform === 'darwin') {
    // macOS Internet Sharing serves its clients from bridge100.
    if (name === 'bridge100') return 'hotspot';
    // On laptops without an Ethernet port en0 is the Wi-Fi; further en* are USB or Thunderbolt Ethernet.
    // (On desktop Macs en0 is Ethernet, so this is a guess, and a harmless one: both rank at the top.)
    if (name === 'en0') return 'wifi';
    if (/^en\d/.test(name)) return 'ethernet';
  }
  if (WIFI_PREFIX.test(name) || contains(WIFI_WORDS)) return 'wifi';
  if (ETHERNET_PREFIX.test(name)) return 'ethernet';
  return 'other';
}

/** "Wi-Fi (wlan0)"; the name alone when it already says the kind (Windows' "Wi-Fi", "Ethernet 2"), and a warning for the kinds phones rarely reach. */
function labelFor(kind: AddressKind, interfaceName: string): string {
  const title = KIND_TITLE[kind];
  const named = interfaceName.toLowerCase().startsWith(title.toLowerCase()) ? interfaceName : `${title} (${interfaceName})`;
  const warning = KIND_WARNING[kind];
  return warning === null ? named : `${named}: ${warning}`;
}

// Numeric so "Ethernet 2" comes before "Ethernet 10"; a fixed locale so the order does not depend on the laptop's language.
const byName = new Intl.Collator('en', { numeric: true }).compare;

interface Candidate extends AdvertisedAddress {
  rank: number;
  isPrivate: boolean;
  octets: [number, number, number, number];
}

function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.isPrivate !== b.isPrivate) return a.isPrivate ? -1 : 1;
  const names = byName(a.interfaceName, b.interfaceName);
  if (names !== 0) return names;
  for (let i = 0; i < 4; i += 1) {
    const difference = a.octets[i]! - b.octets[i]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Ranks the addresses of `interfaces` (the shape of os.networkInterfaces()) best first; pure. */
export function rankAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>, platform: NodeJS.Platform): AdvertisedAddress[] {
  const candidates: Candidate[] = [];
  for (const [interfaceName, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      // The address itself decides IPv4: `family` was a number (4/6) in Node 18.0–18.3, and IPv4-mapped IPv6 ("::ffff:…") fails the pattern.
      const octets = octetsOf(info.address);
      // 127/8 is loopback even when an OS forgets to mark it internal; 0.0.0.0 is an interface with no address yet.
      if (info.internal || octets === null || octets[0] === 127 || octets[0] === 0) continue;
      const kind: AddressKind = octets[0] === 169 && octets[1] === 254 ? 'link-local' : kindOfInterface(interfaceName, platform);
      candidates.push({
        address: info.address,
        interfaceName,
        kind,
        label: labelFor(kind, interfaceName),
        rank: KIND_ORDER.indexOf(kind),
        isPrivate: isPrivate(octets),
        octets,
      });
    }
  }
  candidates.sort(compareCandidates);
  // An address can appear twice (an OS listing it twice, or bridged adapters sharing it); phones only need it once, under its best name.
  const seen = new Set<string>();
  const ranked: AdvertisedAddress[] = [];
  for (const { address, interfaceName, kind, label } of candidates) {
    if (seen.has(address)) continue;
    seen.add(address);
    ranked.push({ address, interfaceName, kind, label });
  }
  return ranked;
}

/** The machine's addresses now, ranked (reads os.networkInterfaces(); never throws: [] when the OS refuses). */
export function listAddresses(): AdvertisedAddress[] {
  try {
    return rankAddresses(networkInterfaces(), process.platform);
  } catch {
    // libuv throws when the OS will not list interfaces (some sandboxes and containers); the facilitator then sees no addresses rather than a crash.
    return [];
  }
}
