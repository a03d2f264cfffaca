import type * as Os from 'node:os';
import type { NetworkInterfaceInfo } from 'node:os';
import { describe, it, expect, vi, afterEach } from 'vitest';
import { listAddresses, rankAddresses } from '../../../electron/phones/networkAddresses';
import type { AddressKind } from '../../../electron/phones/networkAddresses';

// listAddresses reads the real interfaces unless a test hands it some or asks the OS to refuse.
const osControl = vi.hoisted(() => ({ refuse: false, fake: null as NodeJS.Dict<NetworkInterfaceInfo[]> | null }));
vi.mock('node:os', async (importOriginal) => {
  const actual = await importOriginal<typeof Os>();
  return {
    ...actual,
    networkInterfaces: () => {
      if (osControl.refuse) throw new Error('uv_interface_addresses returned Unknown system error 1');
      return osControl.fake ?? actual.networkInterfaces();
    },
  };
});

afterEach(() => {
  osControl.refuse = false;
  osControl.fake = null;
});

function v4(address: string, internal = false): NetworkInterfaceInfo {
  return { address, netmask: '255.255.255.0', family: 'IPv4', mac: '00:11:22:33:44:55', internal, cidr: `${address}/24` };
}

function v6(address: string, internal = false): NetworkInterfaceInfo {
  return { address, netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: '00:11:22:33:44:55', internal, cidr: `${address}/64`, scopeid: 0 };
}

/** What the facilitator's picker shows, top to bottom. */
function picker(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>, platform: NodeJS.Platform): string[] {
  return rankAddresses(interfaces, platform).map(({ address, label }) => `${address}  ${label}`);
}

function kindOf(interfaceName: string, platform: NodeJS.Platform, address = '192.168.1.10'): AddressKind | undefined {
  return rankAddresses({ [interfaceName]: [v4(address)] }, platform)[0]?.kind;
}

describe('rankAddresses on real-looking laptops', () => {
  it('puts a Linux laptop\'s Wi-Fi above its VPN and Docker bridge, and leaves out loopback', () => {
    const interfaces = {
      lo: [v4('127.0.0.1', true), v6('::1', true)],
      docker0: [v4('172.17.0.1')],
      tun0: [v4('10.8.0.6')],
      wlan0: [v4('192.168.1.23'), v6('fe80::1c2d:3e4f:5a6b:7c8d')],
    };
    expect(picker(interfaces, 'linux')).toEqual([
      '192.168.1.23  Wi-Fi (wlan0)',
      '10.8.0.6  VPN (tun0): phones usually cannot reach this',
      '172.17.0.1  Virtual adapter (docker0): phones cannot reach this',
    ]);
    expect(rankAddresses(interfaces, 'linux')[0]).toEqual({ address: '192.168.1.23', interfaceName: 'wlan0', kind: 'wifi', label: 'Wi-Fi (wlan0)' });
  });

  it('ranks a Windows laptop: Wi-Fi, then its Mobile hotspot, then WSL, then a cable that got no address', () => {
    const interfaces = {
      'Ethernet 2': [v4('169.254.83.107')],
      'vEthernet (WSL)': [v4('172.28.112.1')],
      'Local Area Connection* 10': [v4('192.168.137.1')],
      'Wi-Fi': [v4('192.168.0.42'), v6('fe80::a1b2:c3d4:e5f6:789')],
      'Loopback Pseudo-Interface 1': [v4('127.0.0.1', true), v6('::1', true)],
    };
    expect(picker(interfaces, 'win32')).toEqual([
      // Windows already names the adapter "Wi-Fi", so the label does not say it twice.
      '192.168.0.42  Wi-Fi',
      '192.168.137.1  Hotspot (Local Area Connection* 10)',
      '172.28.112.1  Virtual adapter (vEthernet (WSL)): phones cannot reach this',
      '169.254.83.107  Self-assigned (Ethernet 2): no network gave this computer an address',
    ]);
    expect(rankAddresses(interfaces, 'win32').map((entry) => entry.kind)).toEqual(['wifi', 'hotspot', 'virtual', 'link-local']);
  });

  it('treats a Mac\'s en0 as Wi-Fi, bridge100 as Internet Sharing, and utun as a VPN', () => {
    const interfaces = {
      lo0: [v4('127.0.0.1', true), v6('::1', true)],
      utun3: [v4('100.101.102.103'), v6('fd7a:115c:a1e0::1')],
      bridge100: [v4('192.168.2.1')],
      en0: [v6('fe80::14a2:8bff:fe3c:1d2e'), v4('192.168.1.50')],
      awdl0: [v6('fe80::5c8e:7dff:fe00:1')],
    };
    expect(picker(interfaces, 'darwin')).toEqual([
      '192.168.1.50  Wi-Fi (en0)',
      '192.168.2.1  Hotspot (bridge100)',
      '100.101.102.103  VPN (utun3): phones usually cannot reach this',
    ]);
  });

  it('puts Wi-Fi before Ethernet, and a Mac\'s other en* ports are Ethernet', () => {
    expect(picker({ enp0s31f6: [v4('192.168.1.7')], wlp2s0: [v4('192.168.1.8')] }, 'linux')).toEqual([
      '192.168.1.8  Wi-Fi (wlp2s0)',
      '192.168.1.7  Ethernet (enp0s31f6)',
    ]);
    expect(picker({ en7: [v4('10.0.0.12')], en0: [v4('10.0.0.11')] }, 'darwin')).toEqual(['10.0.0.11  Wi-Fi (en0)', '10.0.0.12  Ethernet (en7)']);
  });

  it('reads en0 as Ethernet off macOS', () => {
    expect(kindOf('en0', 'darwin')).toBe('wifi');
    expect(kindOf('en0', 'linux')).toBe('ethernet');
    expect(kindOf('bridge100', 'linux')).toBe('other');
  });
});

describe('rankAddresses heuristics by interface name', () => {
  it.each<[string, NodeJS.Platform, AddressKind]>([
    ['wlan1', 'linux', 'wifi'],
    ['wlx00c0ca123456', 'linux', 'wifi'],
    ['WLAN', 'win32', 'wifi'],
    ['Wi-Fi 2', 'win32', 'wifi'],
    ['Wireless Network Connection', 'win32', 'wifi'],
    ['eth0', 'linux', 'ethernet'],
    ['eno1', 'linux', 'ethernet'],
    ['ens33', 'linux', 'ethernet'],
    ['enx00e04c680001', 'linux', 'ethernet'],
    ['Ethernet', 'win32', 'ethernet'],
    ['Local Area Connection', 'win32', 'ethernet'],
    ['Local Area Connection* 2', 'win32', 'hotspot'],
    ['ap0', 'linux', 'hotspot'],
    ['tap0', 'linux', 'vpn'],
    ['wg0', 'linux', 'vpn'],
    ['ppp0', 'linux', 'vpn'],
    ['ipsec0', 'linux', 'vpn'],
    ['tailscale0', 'linux', 'vpn'],
    ['zt5u4y6wxc', 'linux', 'vpn'],
    ['Tailscale', 'win32', 'vpn'],
    ['ZeroTier One [8056c2e21c000001]', 'win32', 'vpn'],
    ['NordLynx', 'win32', 'vpn'],
    ['OpenVPN Wintun', 'win32', 'vpn'],
    ['Cisco AnyConnect', 'win32', 'vpn'],
    ['FortiClient', 'win32', 'vpn'],
    ['WireGuard Tunnel', 'win32', 'vpn'],
    ['Company VPN', 'darwin', 'vpn'],
    ['br-3f2a1b9c8d7e', 'linux', 'virtual'],
    ['veth1a2b3c4', 'linux', 'virtual'],
    ['virbr0', 'linux', 'virtual'],
    ['vmnet8', 'linux', 'virtual'],
    ['vboxnet0', 'darwin', 'virtual'],
    ['lxcbr0', 'linux', 'virtual'],
    ['lxdbr0', 'linux', 'virtual'],
    ['cni0', 'linux', 'virtual'],
    ['flannel.1', 'linux', 'virtual'],
    ['podman1', 'linux', 'virtual'],
    ['vEthernet (Default Switch)', 'win32', 'virtual'],
    ['VirtualBox Host-Only Network', 'win32', 'virtual'],
    ['VMware Network Adapter VMnet8', 'win32', 'virtual'],
    ['Hyper-V Virtual Ethernet Adapter', 'win32', 'virtual'],
    ['Bluetooth Network Connection', 'win32', 'other'],
    ['bridge0', 'darwin', 'other'],
  ])('%s on %s is %s', (name, platform, kind) => {
    expect(kindOf(name, platform)).toBe(kind);
  });

  it('matches names whatever their case', () => {
    expect(kindOf('WLAN0', 'linux')).toBe('wifi');
    expect(kindOf('DOCKER0', 'linux')).toBe('virtual');
    expect(kindOf('wi-fi', 'win32')).toBe('wifi');
  });

  it('calls any 169.254 address self-assigned, whatever the interface', () => {
    expect(kindOf('wlan0', 'linux', '169.254.1.2')).toBe('link-local');
    expect(kindOf('docker0', 'linux', '169.254.1.2')).toBe('link-local');
    expect(rankAddresses({ eth1: [v4('169.254.7.7')] }, 'linux')[0]?.label).toBe('Self-assigned (eth1): no network gave this computer an address');
  });

  it('labels unknown and hotspot interfaces without a warning', () => {
    expect(picker({ xyz0: [v4('192.168.5.5')], ap0: [v4('192.168.4.1')] }, 'linux')).toEqual(['192.168.4.1  Hotspot (ap0)', '192.168.5.5  Network (xyz0)']);
  });
});

describe('rankAddresses order within a kind', () => {
  it('puts private ranges first, then interface name (2 before 10), then address', () => {
    const interfaces = {
      eth0: [v4('203.0.113.9'), v4('192.168.1.9'), v4('192.168.1.10')],
      'Ethernet 10': [v4('172.16.0.5')],
      'Ethernet 2': [v4('10.0.0.5')],
      eth1: [v4('172.32.0.1')], // just outside 172.16/12
    };
    expect(rankAddresses(interfaces, 'linux').map((entry) => `${entry.interfaceName} ${entry.address}`)).toEqual([
      'eth0 192.168.1.9',
      'eth0 192.168.1.10',
      'Ethernet 2 10.0.0.5',
      'Ethernet 10 172.16.0.5',
      'eth0 203.0.113.9',
      'eth1 172.32.0.1',
    ]);
  });

  it('gives the same order whatever order the OS lists interfaces in', () => {
    const entries: [string, NetworkInterfaceInfo[]][] = [
      ['wlan0', [v4('192.168.1.23')]],
      ['eth0', [v4('192.168.1.24')]],
      ['eth1', [v4('10.1.1.1')]],
      ['docker0', [v4('172.17.0.1')]],
    ];
    const forward = rankAddresses(Object.fromEntries(entries), 'linux');
    const backward = rankAddresses(Object.fromEntries([...entries].reverse()), 'linux');
    expect(backward).toEqual(forward);
  });
});

describe('rankAddresses skips what phones cannot type or reach', () => {
  it('skips IPv6, IPv4-mapped IPv6, internal and loopback addresses', () => {
    const interfaces = {
      wlan0: [v6('2001:db8::23'), v6('fe80::1'), v4('::ffff:192.168.1.23'), v4('192.168.1.23')],
      lo: [v4('127.0.0.1', true)],
      odd0: [v4('127.0.1.1')], // loopback an OS forgot to mark internal
      eth0: [v4('10.0.0.2', true)],
      eth9: [v4('0.0.0.0')],
      bad0: [v4('300.1.1.1')],
    };
    expect(picker(interfaces, 'linux')).toEqual(['192.168.1.23  Wi-Fi (wlan0)']);
  });

  it('accepts IPv4 even where Node reported the family as a number', () => {
    const numericFamily = { ...v4('192.168.1.23'), family: 4 } as unknown as NetworkInterfaceInfo;
    expect(picker({ wlan0: [numericFamily] }, 'linux')).toEqual(['192.168.1.23  Wi-Fi (wlan0)']);
  });

  it('lists an address once, under its best interface', () => {
    const interfaces = {
      docker0: [v4('192.168.1.23')],
      wlan0: [v4('192.168.1.23'), v4('192.168.1.23')],
      eth0: [v4('10.0.0.2'), v4('10.0.0.2')],
    };
    expect(picker(interfaces, 'linux')).toEqual(['192.168.1.23  Wi-Fi (wlan0)', '10.0.0.2  Ethernet (eth0)']);
  });

  it('returns nothing for no interfaces, empty lists or missing lists', () => {
    expect(rankAddresses({}, 'linux')).toEqual([]);
    expect(rankAddresses({ eth0: [], wlan0: undefined }, 'linux')).toEqual([]);
    expect(rankAddresses({ lo: [v4('127.0.0.1', true)] }, 'darwin')).toEqual([]);
  });
});

describe('listAddresses', () => {
  it('lists this machine\'s plain IPv4 addresses, none of them loopback', () => {
    const addresses = listAddresses();
    expect(Array.isArray(addresses)).toBe(true);
    for (const { address, label } of addresses) {
      expect(address).toMatch(/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/);
      expect(address.startsWith('127.')).toBe(false);
      expect(label.length).toBeGreaterThan(0);
    }
  });

  it('ranks what the OS reports', () => {
    osControl.fake = { lo: [v4('127.0.0.1', true)], docker0: [v4('172.17.0.1')], wlan0: [v4('192.168.1.23')] };
    expect(listAddresses().map((entry) => entry.label)).toEqual(['Wi-Fi (wlan0)', 'Virtual adapter (docker0): phones cannot reach this']);
  });

  it('returns an empty list instead of throwing when the OS refuses', () => {
    osControl.refuse = true;
    expect(listAddresses()).toEqual([]);
  });
});
