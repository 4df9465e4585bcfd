/** Replay domain: runs, counts, and when a cron fires on a business day. */
package org.fantastictrain.platform.replay.domain;
