package org.linebench.sim.engine;

/**
 * What one replication measured after its warm-up. Times are seconds; station states are working
 * time (the line stands still off shift).
 *
 * @param wallSpan the measured stretch of wall-clock time
 * @param workingSpan the working time within it
 * @param states per node, time in {@link Replication#WORKING} .. {@link Replication#SETUP} (zero for non-stations)
 * @param completions cycles finished per station
 * @param defects pieces a station sent on a route into a repair loop
 * @param failures MTBF failures per station
 * @param stops stops predicted by the station's model
 * @param activePeriod mean length of a station's active periods (working, failed or setting up without a break); NaN if none
 * @param bufferMean mean fill of each buffer (0 for other nodes)
 * @param bufferHistogram time share of each fill bin per buffer (null for other nodes)
 * @param bufferBinWidth fill levels per bin of each buffer's histogram
 * @param output pieces that reached a sink
 * @param good of them, pieces that never went round a repair loop
 * @param outputPerShift pieces per shift of the calendar (one entry without a calendar)
 * @param wipWorking mean number of pieces in the line over working time
 * @param wipWall mean number of pieces in the line over wall-clock time
 * @param leadWorking mean working time from source to sink
 * @param leadWall mean wall-clock time from source to sink
 * @param arrivals pieces that arrived at sources with an arrival pattern
 * @param lost of them, arrivals lost because the line was full
 * @param operatorWait per station, working time spent waiting for operators of the crew (part of starved)
 * @param crewBusy mean share of the crew at work over the working time (NaN without a crew)
 * @param events events handled (warm-up included)
 */
public record ReplicationResult(double wallSpan, double workingSpan, double[][] states, long[] completions, long[] defects,
    long[] failures, long[] stops, double[] activePeriod, double[] bufferMean, double[][] bufferHistogram, int[] bufferBinWidth,
    long output, long good, double[] outputPerShift, double wipWorking, double wipWall, double leadWorking, double leadWall,
    long arrivals, long lost, double[] operatorWait, double crewBusy, long events) {}
