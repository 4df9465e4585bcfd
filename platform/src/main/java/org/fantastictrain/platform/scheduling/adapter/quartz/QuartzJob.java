package org.fantastictrain.platform.scheduling.adapter.quartz;

import java.util.Date;
import org.fantastictrain.platform.scheduling.application.port.in.RunJobUseCase;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.RunTrigger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * The one Quartz job class behind every platform job: the job key's name says which job. Quartz
 * never runs two firings of the same job key at once, across the whole cluster.
 */
@DisallowConcurrentExecution
public class QuartzJob implements Job {

    /** Job data key carrying the id of a queued manual run. */
    static final String RUN_ID = "runId";

    private final RunJobUseCase runner;

    public QuartzJob(RunJobUseCase runner) {
        this.runner = runner;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String name = context.getJobDetail().getKey().getName();
        JobName job = JobName.fromId(name)
                .orElseThrow(() -> new JobExecutionException("unknown job in the job store: " + name));
        String runId = context.getMergedJobDataMap().getString(RUN_ID);
        Long queuedRunId = runId == null ? null : Long.valueOf(runId);
        RunTrigger trigger = queuedRunId == null ? RunTrigger.SCHEDULER : RunTrigger.MANUAL;
        Date scheduled =
                context.getScheduledFireTime() != null ? context.getScheduledFireTime() : context.getFireTime();
        try {
            runner.run(job, trigger, scheduled.toInstant(), queuedRunId, instanceId(context));
        } catch (RuntimeException e) {
            // Only the history itself failing gets here; the job's own failures are recorded.
            throw new JobExecutionException("could not record the run of " + name, e);
        }
    }

    private static String instanceId(JobExecutionContext context) {
        try {
            return context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "unknown";
        }
    }
}
