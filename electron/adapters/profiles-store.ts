import Store from 'electron-store';
import { ProfilesFileSchema, type ProfilesStore } from '../proxmox/profiles';

// Connection profiles beside the settings: non-secret fields and sealed secrets only.
export function electronProfilesStore(): ProfilesStore {
  const store = new Store<{ connections: unknown }>({ name: 'connections' });
  return {
    read() {
      const parsed = ProfilesFileSchema.safeParse(store.get('connections') ?? {});
      return parsed.success ? parsed.data : ProfilesFileSchema.parse({});
    },
    write(file) {
      store.set('connections', ProfilesFileSchema.parse(file));
    },
  };
}
