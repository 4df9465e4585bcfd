/**
 * Model registry: per series, versions 1, 2, ... with algorithm, configuration, backtest metrics,
 * training window, data fingerprint, code version and the engine's versioned JSON artifact; the
 * {@code champion} alias and the full history of its moves (by the gate or by hand).
 */
package org.fantastictrain.platform.registry;
