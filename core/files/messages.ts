import type { CatalogueEntry } from '../catalogue';

// Why a file the user chose could not be saved or read, from the system's error code
// (electron/files/file-failure.ts), each saying what to do next. {{file}} is the path the user
// chose; {{detail}} the system's own words where no message fits the code.

export const fileMessages = {
  'file.error.save.denied': {
    en: 'ProxLab is not allowed to write {{file}}. Save it in a folder of your own, such as Documents.',
    id: 'ProxLab tidak diizinkan menulis {{file}}. Simpan di folder milik Anda sendiri, misalnya Documents.',
  },
  'file.error.save.openElsewhere': {
    en: '{{file}} could not be written: it is open in another program, such as Excel, or the folder does not allow it. Close the file in that program and save again, or choose another folder.',
    id: '{{file}} tidak dapat ditulis: berkas itu sedang dibuka program lain, misalnya Excel, atau foldernya tidak mengizinkan. Tutup berkas di program itu lalu simpan lagi, atau pilih folder lain.',
  },
  'file.error.save.busy': {
    en: '{{file}} is in use by another program, such as Excel. Close it there and save again.',
    id: '{{file}} sedang dipakai program lain, misalnya Excel. Tutup berkas di sana, lalu simpan lagi.',
  },
  'file.error.save.diskFull': {
    en: 'The disk has no room left for {{file}}. Free some space or choose another disk, then save again.',
    id: 'Disk tidak punya ruang lagi untuk {{file}}. Kosongkan sebagian ruang atau pilih disk lain, lalu simpan lagi.',
  },
  'file.error.save.readOnly': {
    en: '{{file}} is on a disk that can only be read, such as a locked USB stick or a CD. Choose another folder and save again.',
    id: '{{file}} berada di disk yang hanya dapat dibaca, misalnya flashdisk yang dikunci atau CD. Pilih folder lain, lalu simpan lagi.',
  },
  'file.error.save.noFolder': {
    en: 'The folder for {{file}} cannot be found (was a USB stick removed?). Choose another folder and save again.',
    id: 'Folder untuk {{file}} tidak ditemukan (flashdisk dicabut?). Pilih folder lain, lalu simpan lagi.',
  },
  'file.error.save.nameTooLong': {
    en: 'The name {{file}} is too long for the disk. Choose a shorter name or a folder less deeply nested, then save again.',
    id: 'Nama {{file}} terlalu panjang untuk disk ini. Pilih nama yang lebih pendek atau folder yang tidak bersarang terlalu dalam, lalu simpan lagi.',
  },
  'file.error.save.isFolder': {
    en: '{{file}} is a folder. Choose a file name and save again.',
    id: '{{file}} adalah folder. Pilih nama berkas, lalu simpan lagi.',
  },
  'file.error.save.unexpected': {
    en: '{{file}} could not be saved ({{detail}}). Save again, or choose another folder.',
    id: '{{file}} tidak dapat disimpan ({{detail}}). Simpan lagi, atau pilih folder lain.',
  },
  'file.error.read.denied': {
    en: 'ProxLab is not allowed to read {{file}}. Copy it to a folder of your own and open it from there.',
    id: 'ProxLab tidak diizinkan membaca {{file}}. Salin ke folder milik Anda sendiri, lalu buka dari sana.',
  },
  'file.error.read.busy': {
    en: '{{file}} is in use by another program. Close it there and try again.',
    id: '{{file}} sedang dipakai program lain. Tutup di sana, lalu coba lagi.',
  },
  'file.error.read.missing': {
    en: '{{file}} cannot be found (was a USB stick removed?). Check where it is and choose it again.',
    id: '{{file}} tidak ditemukan (flashdisk dicabut?). Periksa letaknya, lalu pilih lagi.',
  },
  'file.error.read.nameTooLong': {
    en: 'The name {{file}} is too long to open. Move it to a folder less deeply nested and choose it again.',
    id: 'Nama {{file}} terlalu panjang untuk dibuka. Pindahkan ke folder yang tidak bersarang terlalu dalam, lalu pilih lagi.',
  },
  'file.error.read.notFile': {
    en: '{{file}} is not a file ProxLab can open. Choose a file.',
    id: '{{file}} bukan berkas yang dapat dibuka ProxLab. Pilih sebuah berkas.',
  },
  'file.error.read.tooLarge': {
    en: '{{file}} is too large for this kind of file. Choose another file.',
    id: '{{file}} terlalu besar untuk jenis berkas ini. Pilih berkas lain.',
  },
  'file.error.read.unexpected': {
    en: '{{file}} could not be read ({{detail}}). Try again, or copy it to a folder of your own first.',
    id: '{{file}} tidak dapat dibaca ({{detail}}). Coba lagi, atau salin dulu ke folder milik Anda sendiri.',
  },
} as const satisfies Record<string, CatalogueEntry>;
