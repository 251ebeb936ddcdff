// capture/analyze/tcp: Wireshark 4.0's TCP analysis (tcp.stream, tcp.analysis.*, ACK and
// handshake RTTs) in one streaming pass, and the measured TCP column built from it.

export { TcpAnalyzer, LIVE_CONNECTIONS, type TcpAnalyzerOptions } from './analyzer';
export { TcpFactsAdapter } from './from-facts';
export { TcpConnection } from './connection';
export { TcpAnalysisFlag, ANY_RETRANSMISSION, emptySegment, type TcpSegment, type TcpFrameAnalysis } from './segment';
export { connectionResult, type TcpConnectionResult } from './results';
export { TcpMeasuredAccumulator, type TcpMeasurement, type TcpFlagCounts } from './measured';
