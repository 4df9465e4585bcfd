package org.fantastictrain.platform.scheduling.application;

import java.time.ZoneId;
import java.util.List;
import org.fantastictrain.platform.scheduling.application.port.in.JobCatalogQuery;
import org.fantastictrain.platform.scheduling.application.port.in.JobInfo;
import org.fantastictrain.platform.scheduling.application.port.out.JobSchedulerPort;
import org.fantastictrain.platform.scheduling.domain.JobSchedule;

/** The configured jobs with their next firing. */
public class JobCatalog implements JobCatalogQuery {

    private final List<JobSchedule> schedules;
    private final JobSchedulerPort scheduler;
    private final ZoneId zone;

    public JobCatalog(List<JobSchedule> schedules, JobSchedulerPort scheduler, ZoneId zone) {
        this.schedules = List.copyOf(schedules);
        this.scheduler = scheduler;
        this.zone = zone;
    }

    @Override
    public List<JobInfo> jobs() {
        return schedules.stream()
                .map(s -> new JobInfo(s, zone, scheduler.nextFireTime(s.job())))
                .toList();
    }
}
