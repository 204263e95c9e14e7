package org.linebench.ml.card;

/**
 * Figures of the warnings of a "fails within the horizon" model, as a model card keeps them.
 *
 * @param horizon the horizon, in the time column's units
 * @param events events with a tested reading in the horizon before them
 * @param caught of those, events warned of: a warning in the horizon before them
 * @param recall caught / events
 * @param alarms alarms: runs of consecutive warnings of a unit
 * @param trueAlarms alarms followed by an event within the horizon
 * @param precision trueAlarms / alarms
 * @param falseAlarmsPerUnitMonth false alarms per unit and month of tested readings, or null when
 *        the time has no unit of time
 * @param falseAlarmsPerUnit1000 false alarms per unit and 1000 units of the time column
 * @param leadTimes the time from the first warning to the event, over caught events: minimum,
 *        lower quartile, median, upper quartile, maximum (time column's units); empty when none
 */
public record EventFigures(double horizon, int events, int caught, double recall, int alarms, int trueAlarms, double precision,
    Double falseAlarmsPerUnitMonth, double falseAlarmsPerUnit1000, double[] leadTimes)
    implements java.io.Serializable {}
