import { pcapFile } from '../support/capture-writer';

/** 200 Ethernet-sized frames of 1400 bytes, 10 a second: a counter, then a repeating pattern. */
export function sampleCapture(): Uint8Array {
  const records = Array.from({ length: 200 }, (_, i) => {
    const data = new Uint8Array(1400);
    for (let k = 2; k < data.length; k++) data[k] = (k * 7) & 0x1f;
    data[0] = i & 0xff;
    data[1] = i >> 8;
    return { seconds: 1_700_000_000 + Math.floor(i / 10), fraction: (i % 10) * 100_000, originalLength: 1400, data };
  });
  return pcapFile({ resolution: 'micro', byteOrder: 'little', linkType: 1, snaplen: 65535, records });
}

// sampleCapture() written to sample.pcap and compressed by the command-line tools, as base64
// (Node 20 has no zstd and no LZ4 encoder).

/** `zstd -19 sample.pcap (v1.5.4): one frame, content checksum` */
export const ZSTD_SAMPLE = [
  'KLUv/aRYUgQARA4A8o89KzDbAcDEUHEwMlYFP0wAH0OAgciYYVVVVVVVVVVVVVVVVVVVVRKllCmlSQfUwDQgDURraP2snXWzZtbL',
  'Wlkna2R9pI10kSbSQ1pIB2kg/aN9dG/mzbtZN+dm3HybbXNtps2zL/uxD/uv7/qtz/qrr/opj/Inb/IlT/IjL/IhD/Kf7umdzumb',
  'rumZjumXbukVTuETLuERDuEP7uANzuCLrdiJjdiHbdiFTdiDLdiBwndbE1oAWtCtzoEP+NNcjJ8l2O61Y94LuL2zWwANiCgGvuI4',
  '1FuyIHzLAxHgE0ZhvkASgk5pGP4VYF2SARsAKJcBHsC53rA4gL+oIeCiwrB/BtCVNtZCCCAIEhyCwwX//5/wA/REF3Q5XaAr6YIu',
  '0CV0QdfSBbpKF+gCXUEXdJ0uoKt0gS7QFbpA1+kCukoXdAFdoQt0nS7QpXRBF9AVuqDL6QJdSRd0gS6hC7qWLtBVukAX6Aq6oOt0',
  'AV2lC3SBrtAFuk4X0FW6oAvoCl2g63SBLqULuoCu0AVdThfoSrqgC3QJXdC1dIGu0oVNXXSxgxef8bocLwvG60C8LIiXA/GyIF4H',
  '+LqYBGKq8VTBBMhRQJl+5lUD7AoAoossIvC6A/z/////////////zwPPwDPwDDwDz8ClSJlSSikFWIndmBtvY22cjbHxFbbCVZgK',
  'T2EpHIWh8BN2ws3P/Muv/MmP/Mdv/MVP/EMv9EEP9D/v8z3P8zuv87mO67du67VO67Mu67EO6y/u4i3O4iuu4imO4idu4qVN2qMt',
  '2qEN2p/t2Z3N2Rut0RmN0Rdt0RVN0RMt0ZEMyY/syI3MyIusyImMyIfX8BZewjt4BW8AEIC7mCC+AQAS+AQBgcH//woBwg8M6You',
  '6JKuoWu6ogu6Qhd0SRd0lS7pii7pCrqmK7qgK7pEl3RBV3SRruiSrtB1uqILuqILdEkXdEWXdI0u6Qpd0xW6oCu6oMt0QVd0SVfo',
  'kq7QNV3RJbqiC7qkC3RFl3RFl+kKXdMVXaAruqBLuqBrdElXdElX0DVd0QVdpQu6pAu6Qpd0RZd0ha7TFV1AujIJAAJNQN0BAOAA',
  'uhK7ErwSvRO+E78TwBPBE8ITwxPEE8UTxhPHHdwAdE1XdEFXdIku6YKu6CJd0SVdoetP1yEB6RRA0MArsw==',
].join('');

/** `lz4 -B4 -BD sample.pcap (v1.9.4): 64 KiB linked blocks, content checksum` */
export const LZ4_SAMPLE = [
  'BCJNGERAXsgCAACE1MOyoQIABAABAPID//8AAAEAAAAA8VNlAAAAAHgFBAD/EwAADhUcAwoRGB8GDRQbAgkQFx4FDBMaAQgPFh0E',
  'CxIZAAcgAP//////SHUA8VNloIYBiAUfAYgF//////9tNUANA4gFHwKIBf//////bTXgkwSIBR8DiAX//////201gBoGiAUfBIgF',
  '//////9tNSChB4gFHwWIBf//////bTXAJwmIBR8GiAX//////201YK4KiAUfB4gF//////9tNQA1DIgFHwiIBf//////bTWguw2I',
  'BR8JiAX//////2kbAVA3HwqIBf//////bQhQNx8LiAX//////20IUDcfDIgF//////9tCFA3Hw2IBf//////bQhQNx8OiAX/////',
  '/20IUDcfD4gF//////9tCFA3HxCIBf//////bQhQNx8RiAX//////20IUDcfEogF//////9tCFA3HxOIBf//////aRsCUDcfFIgF',
  '//////9tCFA3HxWIBf//////bQhQNx8WiAX//////20IUDcfF4gF//////9tCFA3HxiIBf//////bQhQNx8ZiAX//////20IUDcf',
  'GogF//////9tCFA3HxuIBf//////bQhQNx8ciAX//////20IUDcfHYgF//////9pGwNQNx8eiAX//////20IUDcfH4gF//////9t',
  'CFA3HyCIBf//////bQhQNx8hiAX//////20IUDcfIogF//////9tCFA3HyOIBf//////bQhQNx8kiAX//////20IUDcfJYgF////',
  '//9tCFA3HyaIBf//////bQhQNx8niAX//////2kbBFA3HyiIBf//////bQhQNx8piAX//////20IUDcfKogF//////9tCFA3HyuI',
  'Bf//////bQhQNx8siAX//////20IUDcfLYgF//////9tCFA3Hy6IBf9QUBUcAwoRZwIAAA/Q//////8BGwRQNx8viAX//////20I',
  'UDcfMIgF//////9tCFA3HzGIBf//////aRsFUDcfMogF//////9tCFA3HzOIBf//////bQhQNx80iAX//////20IUDcfNYgF////',
  '//9tCFA3HzaIBf//////bQhQNx83iAX//////20IUDcfOIgF//////9tCKBuHzmIBf//////bQhQNx86iAX//////20IUDcfO4gF',
  '//////9pGwZQNx88iAX//////20IUDcfPYgF//////9tCFA3Hz6IBf//////bQhQNx8/iAX//////20IUDcfQIgF//////9tCFA3',
  'H0GIBf//////bQhQNx9CiAX//////20IUDcfQ4gF//////9tCFA3H0SIBf//////bQhQNx9FiAX//////2kbB1A3H0aIBf//////',
  'bQhQNx9HiAX//////20IUDcfSIgF//////9tCFA3H0mIBf//////bQhQNx9KiAX//////20IUDcfS4gF//////9tCFA3H0yIBf//',
  '////bQhQNx9NiAX//////20IUDcfTogF//////9tCFA3H0+IBf//////aRsIUDcfUIgF//////9tCFA3H1GIBf//////bQhQNx9S',
  'iAX//////20IUDcfU4gF//////9tCFA3H1SIBf//////bQhQNx9ViAX//////20IUDcfVogF//////9tCFA3H1eIBf//////bQhQ',
  'Nx9YiAX//////20IUDcfWYgF//////9pGwlQNx9aiAX//////20IUDcfW4gF//////9tCFA3H1yIBf//4VAFDBMaAYcCAAD/EQgP',
  'Fh0ECxIZAAcOFRwDChEYHwYNFBsCCRAXHgUMExoBIAD//08bCVA3H12IBf//////bQhQNx9eiAX//////20IUDcfX4gF//////9t',
  'CFA3H2CIBf//////bQhQNx9hiAX//////20IUDcfYogF//////9tCFA3H2OIBf//////aRsKUDcfZIgF//////9tCFA3H2WIBf//',
  '////bQhQNx9miAX//////20IoG4fZ4gF//////9tCFA3H2iIBf//////bQhQNx9piAX//////20IUDcfaogF//////9tCFA3H2uI',
  'Bf//////bQhQNx9siAX//////20IUDcfbYgF//////9pGwtQNx9uiAX//////20IUDcfb4gF//////9tCFA3H3CIBf//////bQhQ',
  'Nx9xiAX//////20IUDcfcogF//////9tCFA3H3OIBf//////bQhQNx90iAX//////20IUDcfdYgF//////9tCFA3H3aIBf//////',
  'bQhQNx93iAX//////2kbDFA3H3iIBf//////bQhQNx95iAX//////20IUDcfeogF//////9tCFA3H3uIBf//////bQhQNx98iAX/',
  '/////20IUDcffYgF//////9tCFA3H36IBf//////bQhQNx9/iAX//////20IUDcfgIgF//////9tCFA3H4GIBf//////aRsNUDcf',
  'gogF//////9tCFA3H4OIBf//////bQhQNx+EiAX//////20IUDcfhYgF//////9tCFA3H4aIBf//////bQhQNx+HiAX//////20I',
  'UDcfiIgF//////9tCFA3H4mIBf//////bQhQNx+KiAX/////c1AVHAMKEW4CAAAP8P/dGw1QNx+LiAX//////2kbDlA3H4yIBf//',
  '////bQhQNx+NiAX//////20IUDcfjogF//////9tCFA3H4+IBf//////bQhQNx+QiAX//////20IUDcfkYgF//////9tCFA3H5KI',
  'Bf//////bQhQNx+TiAX//////20IUDcflIgF//////9tCKBuH5WIBf//////aRsPUDcflogF//////9tCFA3H5eIBf//////bQhQ',
  'Nx+YiAX//////20IUDcfmYgF//////9tCFA3H5qIBf//////bQhQNx+biAX//////20IUDcfnIgF//////9tCFA3H52IBf//////',
  'bQhQNx+eiAX//////20IUDcfn4gF//////9pGxBQNx+giAX//////20IUDcfoYgF//////9tCFA3H6KIBf//////bQhQNx+jiAX/',
  '/////20IUDcfpIgF//////9tCFA3H6WIBf//////bQhQNx+miAX//////20IUDcfp4gF//////9tCFA3H6iIBf//////bQhQNx+p',
  'iAX//////2kbEVA3H6qIBf//////bQhQNx+riAX//////20IUDcfrIgF//////9tCFA3H62IBf//////bQhQNx+uiAX//////20I',
  'UDcfr4gF//////9tCFA3H7CIBf//////bQhQNx+xiAX//////20IUDcfsogF//////9tCFA3H7OIBf//////aRsSUDcftIgF////',
  '//9tCFA3H7WIBf//////bQhQNx+2iAX//////20IUDcft4gF//////9tCFA3H7iIBf//////bQhQNx+5iAV3UA0UGwIJ5wAAAP8R',
  'EBceBQwTGgEIDxYdBAsSGQAHDhUcAwoRGB8GDRQbAgkgAP////+5GxJQNx+6iAX//////20IUDcfu4gF//////9tCFA3H7yIBf//',
  '////bQhQNx+9iAX//////2kbE1A3H76IBf//////bQhQNx+/iAX//////20IUDcfwIgF//////9tCFA3H8GIBf//////bQhQNx/C',
  'iAX//////20IUDcfw4gF//////9tCKBuH8SIBf//////bQhQNx/FiAX//////20IUDcfxogF//////9tCFA3H8eIBf//////ZFAF',
  'DBMaAQAAAABBv5qk',
].join('');

/** `lz4 -B4 -BX --content-size sample.pcap: independent blocks, block checksums, content size` */
export const LZ4_SAMPLE_CHECKED_BLOCKS = [
  'BCJNGHxAWFIEAAAAAACMxQIAAITUw7KhAgAEAAEAUP//AAABDQAw8VNlBwAieAUEAP8TAAAOFRwDChEYHwYNFBsCCRAXHgUMExoB',
  'CA8WHQQLEhkAByAA//////9IdQDxU2WghgGIBR8BiAX//////201QA0DiAUfAogF//////9tNeCTBIgFHwOIBf//////bTWAGgaI',
  'BR8EiAX//////201IKEHiAUfBYgF//////9tNcAnCYgFHwaIBf//////bTVgrgqIBR8HiAX//////201ADUMiAUfCIgF//////9t',
  'NaC7DYgFHwmIBf//////aRsBUDcfCogF//////9tCFA3HwuIBf//////bQhQNx8MiAX//////20IUDcfDYgF//////9tCFA3Hw6I',
  'Bf//////bQhQNx8PiAX//////20IUDcfEIgF//////9tCFA3HxGIBf//////bQhQNx8SiAX//////20IUDcfE4gF//////9pGwJQ',
  'Nx8UiAX//////20IUDcfFYgF//////9tCFA3HxaIBf//////bQhQNx8XiAX//////20IUDcfGIgF//////9tCFA3HxmIBf//////',
  'bQhQNx8aiAX//////20IUDcfG4gF//////9tCFA3HxyIBf//////bQhQNx8diAX//////2kbA1A3Hx6IBf//////bQhQNx8fiAX/',
  '/////20IUDcfIIgF//////9tCFA3HyGIBf//////bQhQNx8iiAX//////20IUDcfI4gF//////9tCFA3HySIBf//////bQhQNx8l',
  'iAX//////20IUDcfJogF//////9tCFA3HyeIBf//////aRsEUDcfKIgF//////9tCFA3HymIBf//////bQhQNx8qiAX//////20I',
  'UDcfK4gF//////9tCFA3HyyIBf//////bQhQNx8tiAX//////20IUDcfLogF/1BQFRwDChH7Vw2GuwIAAP8RGB8GDRQbAgkQFx4F',
  'DBMaAQgPFh0ECxIZAAcOFRwDChEgAP///+CxBPFTZWCuCgB4BQAEAC8vAAgE////5g8ICP9uAIgFMQA1DIQFAIwFHzCIBf//////',
  'bTWguw2IBR8xiAX//////2liBfFTZQAADAsAEAsfMogF//////9tNaCGARALHzOIBf//////bTVADQOIBR80iAX//////2014JME',
  'iAUfNYgF//////9tNYAaBogFHzaIBf//////bTUgoQeIBR83iAX//////201wCcJiAUfOIgF//////9tCFA3HzmIBf//////bQhQ',
  'Nx86iAX//////20IUDcfO4gF//////9pGwZQNx88iAX//////20IUDcfPYgF//////9tCFA3Hz6IBf//////bQhQNx8/iAX/////',
  '/20IUDcfQIgF//////9tCFA3H0GIBf//////bQhQNx9CiAX//////20IUDcfQ4gF//////9tCFA3H0SIBf//////bQhQNx9FiAX/',
  '/////2kbB1A3H0aIBf//////bQhQNx9HiAX//////20IUDcfSIgF//////9tCFA3H0mIBf//////bQhQNx9KiAX//////20IUDcf',
  'S4gF//////9tCFA3H0yIBf//////bQhQNx9NiAX//////20IUDcfTogF//////9tCFA3H0+IBf//////aRsIUDcfUIgF//////9t',
  'CFA3H1GIBf//////bQhQNx9SiAX//////20IUDcfU4gF//////9tCFA3H1SIBf//////bQhQNx9ViAX//////20IUDcfVogF////',
  '//9tCFA3H1eIBf//////bQhQNx9YiAX//////20IUDcfWYgF//////9pGwlQNx9aiAX//////20IUDcfW4gF//////9tCFA3H1yI',
  'Bf//4VAFDBMaAaD4Doy/AgAA/xEIDxYdBAsSGQAHDhUcAwoRGB8GDRQbAgkQFx4FDBMaASAA//9PsQnxU2XgkwQAeAUABAAvXQCI',
  'Av//ZQ/oBP//Tw9gAo0AiAUxgBoGhAUAjAUfXogF//////9tNSChB4gFH1+IBf//////bTXAJwmIBR9giAX//////201YK4KiAUf',
  'YYgF//////9tNQA1DIgFH2KIBf//////bTWguw2IBR9jiAX//////2liCvFTZQAALCEAMCEfZIgF//////9tNaCGARALH2WIBf//',
  '////bTVADQOIBR9miAX//////20IUDcfZ4gF//////9tCFA3H2iIBf//////bQhQNx9piAX//////20IUDcfaogF//////9tCFA3',
  'H2uIBf//////bQhQNx9siAX//////20IUDcfbYgF//////9pGwtQNx9uiAX//////20IUDcfb4gF//////9tCFA3H3CIBf//////',
  'bQhQNx9xiAX//////20IUDcfcogF//////9tCFA3H3OIBf//////bQhQNx90iAX//////20IUDcfdYgF//////9tCFA3H3aIBf//',
  '////bQhQNx93iAX//////2kbDFA3H3iIBf//////bQhQNx95iAX//////20IUDcfeogF//////9tCFA3H3uIBf//////bQhQNx98',
  'iAX//////20IUDcffYgF//////9tCFA3H36IBf//////bQhQNx9/iAX//////20IUDcfgIgF//////9tCFA3H4GIBf//////aRsN',
  'UDcfgogF//////9tCFA3H4OIBf//////bQhQNx+EiAX//////20IUDcfhYgF//////9tCFA3H4aIBf//////bQhQNx+HiAX/////',
  '/20IUDcfiIgF//////9tCFA3H4mIBf//////bQhQNx+KiAX/////c1AVHAMKEQiO4vXDAgAA/xEYHwYNFBsCCRAXHgUMExoBCA8W',
  'HQQLEhkABw4VHAMKESAAvbEN8VNloLsNAHgFAAQAL4sA6ADDD8gBzQ/gAP///7BiDvFTZQAAhAUAjAUfjIgF//////9tMaCGAQwL',
  'AIgFH42IBf//////bTVADQOIBR+OiAX//////2014JMEiAUfj4gF//////9tNYAaBogFH5CIBf//////bTUgoQeIBR+RiAX/////',
  '/201wCcJiAUfkogF//////9tNWCuCogFH5OIBf//////bTUANQyIBR+UiAX//////20IUDcflYgF//////9pGw9QNx+WiAX/////',
  '/20IUDcfl4gF//////9tCFA3H5iIBf//////bQhQNx+ZiAX//////20IUDcfmogF//////9tCFA3H5uIBf//////bQhQNx+ciAX/',
  '/////20IUDcfnYgF//////9tCFA3H56IBf//////bQhQNx+fiAX//////2kbEFA3H6CIBf//////bQhQNx+hiAX//////20IUDcf',
  'oogF//////9tCFA3H6OIBf//////bQhQNx+kiAX//////20IUDcfpYgF//////9tCFA3H6aIBf//////bQhQNx+niAX//////20I',
  'UDcfqIgF//////9tCFA3H6mIBf//////aRsRUDcfqogF//////9tCFA3H6uIBf//////bQhQNx+siAX//////20IUDcfrYgF////',
  '//9tCFA3H66IBf//////bQhQNx+viAX//////20IUDcfsIgF//////9tCFA3H7GIBf//////bQhQNx+yiAX//////20IUDcfs4gF',
  '//////9pGxJQNx+0iAX//////20IUDcftYgF//////9tCFA3H7aIBf//////bQhQNx+3iAX//////20IUDcfuIgF//////9tCFA3',
  'H7mIBXdQDRQbAgkar6daGwEAAP8REBceBQwTGgEIDxYdBAsSGQAHDhUcAwoRGB8GDRQbAgkgAP////+5sRLxU2XAJwkAeAUABAAv',
  'ugDoBP/////HD8gJjQCIBTFgrgqEBQCMBR+7iAX//////201ADUMiAUfvIgF//////9tNaC7DYgFH72IBf//////aWIT8VNlAACU',
  'EACYEB++iAX//////201oIYBEAsfv4gF//////9tNUANA4gFH8CIBf//////bTXgkwSIBR/BiAX//////201gBoGiAUfwogF////',
  '//9tNSChB4gFH8OIBf//////bQhQNx/EiAX//////20IUDcfxYgF//////9tCFA3H8aIBf//////bQhQNx/HiAX//////2RQBQwT',
  'GgF/LAZ0AAAAAEG/mqQ=',
].join('');
