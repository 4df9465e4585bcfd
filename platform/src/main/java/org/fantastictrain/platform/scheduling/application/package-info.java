/**
 * Job use cases: running a job's work and recording it, manual triggers, the run history and the
 * job catalogue. No framework here; the scheduler and the database are behind ports.
 */
package org.fantastictrain.platform.scheduling.application;
