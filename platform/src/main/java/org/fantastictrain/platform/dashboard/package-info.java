/**
 * The dashboard's read side: a few aggregated reads (series, overview, optional features) that let
 * the static pages under {@code /} render a whole series with one request. The pages themselves are
 * plain HTML and JavaScript in {@code resources/static}; uPlot comes from its WebJar.
 */
package org.fantastictrain.platform.dashboard;
