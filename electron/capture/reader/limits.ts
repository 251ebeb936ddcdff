// Sizes beyond which a length field is taken as corruption, as Wireshark 4.0 limits them, so a
// record that claims gigabytes is refused before anything is allocated for it.

/** WTAP_MAX_PACKET_SIZE_STANDARD */
export const MAX_PACKET_STANDARD = 262_144;
/** D-Bus and USBPcap records may be larger (WTAP_MAX_PACKET_SIZE_DBUS / _USBPCAP). */
const MAX_PACKET_LARGE = 128 * 1024 * 1024;
const LARGE_PACKET_LINK_TYPES = new Set([231, 249]);

export function maxPacketFor(linkType: number): number {
  return LARGE_PACKET_LINK_TYPES.has(linkType) ? MAX_PACKET_LARGE : MAX_PACKET_STANDARD;
}

/** pcapng MAX_BLOCK_SIZE: the largest packet plus room for block headers and options. */
export const MAX_BLOCK_SIZE = 16 * 1024 * 1024;
