import { fillTemplate, type CatalogueEntry } from '../catalogue';

// Every message the Proxmox client gives a person, in English and Bahasa Indonesia, with
// i18next {{placeholders}}. The CLI and the renderer read this one catalogue; errors carry
// the key and its parameters, never a pre-rendered sentence.

export const proxmoxMessages = {
  'proxmox.error.badCredentials': {
    en: 'Proxmox VE refused the credentials ({{reason}}). Check the user, realm and password, or the token id and secret.',
    id: 'Proxmox VE menolak kredensial ({{reason}}). Periksa user, realm dan kata sandi, atau ID token dan secret-nya.',
  },
  'proxmox.error.ticketExpired': {
    en: 'The login ticket is no longer valid ({{reason}}); log in again.',
    id: 'Tiket login sudah tidak berlaku ({{reason}}); silakan login lagi.',
  },
  'proxmox.error.csrf': {
    en: 'Proxmox VE refused a change without a valid CSRF token ({{reason}}).',
    id: 'Proxmox VE menolak perubahan tanpa token CSRF yang sah ({{reason}}).',
  },
  'proxmox.error.tfaRequired': {
    en: 'This account needs a second factor (TOTP code). Enter the code, or use an API token (tokens never ask for one).',
    id: 'Akun ini memerlukan faktor kedua (kode TOTP). Masukkan kodenya, atau gunakan token API (token tidak pernah memintanya).',
  },
  'proxmox.error.tfaUnsupported': {
    en: 'This account asks for a second factor ProxLab cannot answer ({{methods}}); use TOTP, a recovery key or an API token.',
    id: 'Akun ini meminta faktor kedua yang tidak dapat dijawab ProxLab ({{methods}}); gunakan TOTP, kunci pemulihan, atau token API.',
  },
  'proxmox.error.privilege': {
    en: 'Missing privilege {{privilege}} on {{path}}. Give the user or token a role with {{privilege}} on {{path}} (Datacenter > Permissions).',
    id: 'Hak akses {{privilege}} pada {{path}} tidak dimiliki. Berikan user atau token sebuah role dengan {{privilege}} pada {{path}} (Datacenter > Permissions).',
  },
  'proxmox.error.tokenNotAllowed': {
    en: 'This action is not available with an API token ({{reason}}); it needs a user login.',
    id: 'Tindakan ini tidak tersedia dengan token API ({{reason}}); perlu login sebagai user.',
  },
  'proxmox.error.badRequest': {
    en: 'Proxmox VE rejected the request: {{reason}} {{details}}',
    id: 'Proxmox VE menolak permintaan: {{reason}} {{details}}',
  },
  'proxmox.error.noSuchTask': {
    en: 'Proxmox VE no longer knows this task (it may have been purged).',
    id: 'Proxmox VE tidak lagi mengenal tugas ini (mungkin sudah dihapus).',
  },
  'proxmox.error.notFound': {
    en: 'Not found on this node: {{reason}}',
    id: 'Tidak ditemukan pada node ini: {{reason}}',
  },
  'proxmox.error.server': {
    en: 'Proxmox VE reported an error: {{reason}}',
    id: 'Proxmox VE melaporkan kesalahan: {{reason}}',
  },
  'proxmox.error.notImplemented': {
    en: 'Proxmox VE does not offer this call ({{reason}}); the release may be too old.',
    id: 'Proxmox VE tidak menyediakan panggilan ini ({{reason}}); versinya mungkin terlalu lama.',
  },
  'proxmox.error.nodeOffline': {
    en: 'Node {{node}} cannot be reached from the cluster ({{status}} {{reason}}); it is probably offline.',
    id: 'Node {{node}} tidak dapat dijangkau dari klaster ({{status}} {{reason}}); kemungkinan sedang offline.',
  },
  'proxmox.error.proxyFailed': {
    en: 'Proxmox VE at {{host}} answered {{status}} {{reason}}: its web proxy (pveproxy) could not reach the service behind it on the same node. Check "systemctl status pvedaemon pveproxy" on that node.',
    id: 'Proxmox VE di {{host}} menjawab {{status}} {{reason}}: proxy web-nya (pveproxy) tidak dapat menjangkau layanan di belakangnya pada node yang sama. Periksa "systemctl status pvedaemon pveproxy" di node tersebut.',
  },
  'proxmox.error.timeout': {
    en: 'Proxmox VE at {{host}} did not answer within {{seconds}} s.',
    id: 'Proxmox VE di {{host}} tidak menjawab dalam {{seconds}} detik.',
  },
  'proxmox.error.reset': {
    en: 'The connection to {{host}} was cut ({{code}}). ProxLab will try again.',
    id: 'Koneksi ke {{host}} terputus ({{code}}). ProxLab akan mencoba lagi.',
  },
  'proxmox.error.unreachable': {
    en: 'Cannot reach {{host}} ({{code}}). Check the address, port 8006 and the network.',
    id: 'Tidak dapat menjangkau {{host}} ({{code}}). Periksa alamat, port 8006, dan jaringannya.',
  },
  'proxmox.error.tlsUntrusted': {
    en: 'The certificate of {{host}} is not trusted yet (SHA-256 {{presented}}). Compare it with node > System > Certificates in the Proxmox web interface, then pin it.',
    id: 'Sertifikat {{host}} belum dipercaya (SHA-256 {{presented}}). Bandingkan dengan node > System > Certificates di antarmuka web Proxmox, lalu sematkan (pin).',
  },
  'proxmox.error.tlsMismatch': {
    en: 'The certificate of {{host}} has changed: pinned {{pinned}}, presented {{presented}}. The connection was refused. If the node certificate was renewed, check the new one under node > System > Certificates and pin it again.',
    id: 'Sertifikat {{host}} berubah: tersemat {{pinned}}, disajikan {{presented}}. Koneksi ditolak. Jika sertifikat node diperbarui, periksa yang baru di node > System > Certificates lalu sematkan lagi.',
  },
  'proxmox.error.tlsCa': {
    en: 'The certificate of {{host}} does not verify against the CA file ({{code}}).',
    id: 'Sertifikat {{host}} tidak terverifikasi dengan berkas CA ({{code}}).',
  },
  'proxmox.error.tlsExpired': {
    en: 'The certificate of {{host}} expired on {{validTo}} (SHA-256 {{fingerprint}}). The connection was refused. Renew it on the node (pvecm updatecerts --force, or node > System > Certificates), then check and pin the new fingerprint.',
    id: 'Sertifikat {{host}} sudah kedaluwarsa pada {{validTo}} (SHA-256 {{fingerprint}}). Koneksi ditolak. Perbarui di node (pvecm updatecerts --force, atau node > System > Certificates), lalu periksa dan sematkan sidik jari yang baru.',
  },
  'proxmox.error.tooLarge': {
    en: 'Proxmox VE at {{host}} sent an answer to {{path}} larger than {{limit}} MiB; ProxLab stopped reading it. Check that the address and port lead to Proxmox VE itself.',
    id: 'Proxmox VE di {{host}} mengirim jawaban untuk {{path}} yang lebih besar dari {{limit}} MiB; ProxLab berhenti membacanya. Periksa apakah alamat dan port tersebut memang mengarah ke Proxmox VE.',
  },
  'proxmox.error.tokensUnsupported': {
    en: 'Proxmox VE {{version}} has no API tokens (they arrived in 6.2); log in with user and password.',
    id: 'Proxmox VE {{version}} belum memiliki token API (ada sejak 6.2); login dengan user dan kata sandi.',
  },
  'proxmox.error.badResponse': {
    en: 'Proxmox VE answered {{path}} in a shape ProxLab does not understand: {{reason}}',
    id: 'Proxmox VE menjawab {{path}} dalam bentuk yang tidak dipahami ProxLab: {{reason}}',
  },
  'proxmox.error.badShape': {
    en: 'Proxmox VE gave an answer ProxLab does not understand (field {{field}}: {{reason}}). This release may be newer than ProxLab knows.',
    id: 'Proxmox VE memberi jawaban yang tidak dipahami ProxLab (kolom {{field}}: {{reason}}). Versi ini mungkin lebih baru daripada yang dikenal ProxLab.',
  },
  'proxmox.error.secretStorage': {
    en: 'This computer offers no protected storage for secrets, so the password or token secret was not saved. Sign in to Windows with your own account (or start a keyring on Linux) and save the profile again.',
    id: 'Komputer ini tidak menyediakan penyimpanan terlindungi untuk rahasia, jadi kata sandi atau secret token tidak disimpan. Masuk ke Windows dengan akun Anda sendiri (atau jalankan keyring di Linux), lalu simpan profil lagi.',
  },
  'proxmox.error.unexpected': {
    en: 'Something unexpected went wrong while talking to Proxmox VE: {{reason}}',
    id: 'Terjadi kesalahan tak terduga saat berkomunikasi dengan Proxmox VE: {{reason}}',
  },
  'proxmox.error.taskFailed': {
    en: 'Task {{type}} {{id}} ended with: {{exitStatus}}',
    id: 'Tugas {{type}} {{id}} berakhir dengan: {{exitStatus}}',
  },
  'proxmox.warning.emptyWithoutAcl': {
    en: "The node answered, but {{what}} came back empty and {{auth}} holds no privileges on /vms or /nodes. A privilege-separated token sees nothing until an ACL names the token itself: pveum acl modify / --tokens '{{tokenId}}' --roles PVEAuditor",
    id: "Node menjawab, tetapi {{what}} kosong dan {{auth}} tidak memiliki hak akses pada /vms atau /nodes. Token dengan privilege separation tidak melihat apa pun sampai sebuah ACL menyebut token itu sendiri: pveum acl modify / --tokens '{{tokenId}}' --roles PVEAuditor",
  },
  'proxmox.certificate.whereToCheck': {
    en: 'In the Proxmox web interface: select the node, then System > Certificates; the Fingerprint column of pve-ssl.pem (or pveproxy-ssl.pem) must read {{fingerprint}}. On the node: pvenode cert info.',
    id: 'Di antarmuka web Proxmox: pilih node, lalu System > Certificates; kolom Fingerprint dari pve-ssl.pem (atau pveproxy-ssl.pem) harus berbunyi {{fingerprint}}. Di node: pvenode cert info.',
  },
  'proxmox.memory.totalMinusFree': {
    en: 'RAM "used" as PVE before 8.4 counts it: total − (free + buffers + cache).',
    id: 'RAM "terpakai" seperti dihitung PVE sebelum 8.4: total − (bebas + buffer + cache).',
  },
  'proxmox.memory.totalMinusAvailable': {
    en: 'RAM "used" as PVE 8.4 and later count it: total − MemAvailable (not comparable with figures from PVE before 8.4).',
    id: 'RAM "terpakai" seperti dihitung PVE 8.4 ke atas: total − MemAvailable (tidak sebanding dengan angka dari PVE sebelum 8.4).',
  },
} satisfies Record<string, CatalogueEntry>;

export type ProxmoxMessageKey = keyof typeof proxmoxMessages;

export function formatProxmoxMessage(key: ProxmoxMessageKey, params: Record<string, string | number>, language: 'en' | 'id'): string {
  const template = proxmoxMessages[key][language];
  return fillTemplate(template, params).trim();
}
