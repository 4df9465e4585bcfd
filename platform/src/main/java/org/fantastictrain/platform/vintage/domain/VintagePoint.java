package org.fantastictrain.platform.vintage.domain;

import java.time.LocalDate;

/** One forecast day of a vintage. */
public record VintagePoint(LocalDate ds, double yhat, double yhatLower, double yhatUpper) {}
