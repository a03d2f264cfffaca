/** The kind of network an address is on, from its interface name (best first); `this-computer` is loopback, for trying the phone page here. */
export type AddressKind = 'wifi' | 'ethernet' | 'hotspot' | 'other' | 'vpn' | 'virtual' | 'link-local' | 'this-computer';

/** One address phones could reach, named for the facilitator. */
export interface AdvertisedAddress {
  /** Plain IPv4, e.g. "192.168.1.23". */
  address: string;
  /** The OS's interface name, e.g. "wlan0", "en0", "Wi-Fi", "vEthernet (WSL)". */
  interfaceName: string;
  kind: AddressKind;
  /** For the facilitator, e.g. "Wi-Fi (wlan0)", "VPN (tun0): phones usually cannot reach this". */
  label: string;
}

/** Always last in the list: the phone page on this computer only, to try it before the room arrives. */
export const THIS_COMPUTER: AdvertisedAddress = {
  address: '127.0.0.1',
  interfaceName: 'loopback',
  kind: 'this-computer',
  label: 'This computer only (127.0.0.1): to try the phone page here; phones cannot reach it',
};
