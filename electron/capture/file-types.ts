/** Extensions offered in the open dialog; the reader itself recognises files by content. */
export const CAPTURE_EXTENSIONS = ['pcap', 'pcapng', 'cap', 'ntar', 'gz', 'zst', 'lz4', 'dmp'];
