/** Scheduled jobs, their configuration and their run history: plain Java, no framework. */
package org.fantastictrain.platform.scheduling.domain;
