package org.fantastictrain.platform.scheduling.application.port.in;

import java.util.List;

/** Lists the jobs, their schedules and their next firing. */
public interface JobCatalogQuery {

    List<JobInfo> jobs();
}
