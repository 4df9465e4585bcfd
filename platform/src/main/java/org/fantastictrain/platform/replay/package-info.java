/**
 * Replay: the whole loop (daily load, training on its cron, daily forecast and control) driven
 * over a past period on the virtual business clock, through the same job runner as the
 * scheduler, with a self-contained report.
 */
package org.fantastictrain.platform.replay;
