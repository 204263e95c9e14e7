package org.linebench.ml.series;

import org.linebench.ml.card.EventFigures;
import org.linebench.ml.card.RulFigures;
import org.linebench.ml.card.SeriesSpec;
import org.linebench.ml.card.Split;

/**
 * What a training run did with series, for the report and the card.
 *
 * @param split how the figures were made
 * @param series the series set-up, or null when the data were read as independent rows
 * @param rul remaining-useful-life figures, or null
 * @param events figures of the warnings of a "fails within the horizon" model, or null
 */
public record SeriesSummary(Split split, SeriesSpec series, RulFigures rul, EventFigures events)
    implements java.io.Serializable {}
