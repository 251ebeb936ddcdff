/** Token ids are USER@REALM!TOKENID (docs/proxmox.md §Authentication). */
export const TOKEN_ID = /^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+![A-Za-z][A-Za-z0-9.\-_]+$/;
