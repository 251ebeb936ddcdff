// capture/analyze/tcp: Wireshark 4.0's TCP analysis (tcp.stream, tcp.analysis.*, ACK and
// handshake RTTs) in one streaming pass, and the measured TCP column built from it.

export { TcpAnalyzer, LIVE_CONNECTIONS } from './analyzer';
export { TcpFactsAdapter } from './from-facts';
export { TcpConnection } from './connection';
export { TcpAnalysisFlag, ANY_RETRANSMISSION, emptySegment } from './segment';
export { connectionResult } from './results';
export { TcpMeasuredAccumulator, type TcpMeasurement } from './measured';
