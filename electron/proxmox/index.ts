// The Proxmox VE domain: connect safely (TLS pin or cluster CA, token or ticket), read a node
// like its Summary panel, follow guests' power tasks, history, cluster views.
export { ProxmoxClient, DEFAULT_PORT, type ConnectionOptions } from './client';
export { ProxmoxError, type ProxmoxErrorKind, type ProxmoxErrorCategory } from './errors';
export { proxmoxMessages, formatProxmoxMessage, type ProxmoxMessageKey } from '../../core/proxmox/messages';
export { probeCertificate, normalizeFingerprint, describeCertificate, type CertificateInfo, type Trust } from './tls';
export type { Credentials, SecondFactor } from './auth';
export { parseVersion, type PveVersion, type MemoryMeaning } from './version';
export { nodeStatus, listNodes, type NodeSummary, type NodeEntry } from './node';
export { listGuests, guestStatus, powerAction, locateGuest, type Guest, type GuestType, type PowerAction } from './guests';
export { parseUpid, type Upid } from './upid';
export { taskStatus, taskLog, followTask, taskSucceeded, type TaskOutcome } from './tasks';
export { rrdData, TIMEFRAMES, type Timeframe, type ConsolidationFunction, type RrdRow } from './rrd';
export { clusterResources, clusterView, permissions, type ClusterView, type ClusterResource } from './cluster';
export { OBSERVER_SETUP, RUNNER_SETUP, RUNNER_SETUP_PVE5 } from './privileges';
export { testConnection, discoverNode, type ConnectionReport } from './connection-test';
export { nodeSnapshot, checkedNodeSnapshot, type NodeSnapshot } from './snapshot';
export { Poller } from './poller';
export { Profiles, memoryProfilesStore, ConnectionProfileSchema, type ConnectionProfile, type ProfilesStore } from './profiles';
export { ProxmoxService, type CertificateOffer } from './service';
export { proxmoxExperimentPort } from './experiment-port';
export { readLabEnvironment } from './environment';
