/**
 * A read-only view of a plant as the line files describe it: its lines, stations, equipment,
 * hazard zones, safety devices and functions, emergency stops, sensors, models, data sets and
 * flows, and operator texts. Values are <em>effective</em>: what a station or a piece of
 * equipment leaves out comes from its catalogue type ({@code station OP20 : WeldCell}), and
 * quantities carry their value converted into the base unit of their dimension
 * ({@link org.linebench.rules.api.line.Quantity}). Every element knows where it is written
 * ({@link org.linebench.rules.api.line.Element#location()}), so a finding about it points at its
 * file and line. What a model leaves out is an empty {@link java.util.Optional}, never null.
 */
package org.linebench.rules.api.line;
