package org.fantastictrain.platform.scheduling.application;

import java.time.LocalDate;
import org.fantastictrain.platform.scheduling.application.port.out.DailyLoadPort;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobOutcome;

/** {@code daily-load}: the incremental load up to yesterday of the business clock. */
public class DailyLoadTask implements JobTask {

    private final DailyLoadPort load;

    public DailyLoadTask(DailyLoadPort load) {
        this.load = load;
    }

    @Override
    public JobName job() {
        return JobName.DAILY_LOAD;
    }

    @Override
    public JobOutcome execute(LocalDate businessDate) {
        return load.loadDaily();
    }
}
