package org.fantastictrain.platform.training.adapter.in.bootstrap;

import java.util.Arrays;
import java.util.List;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.system.bootstrap.BootstrapStep;
import org.fantastictrain.platform.training.application.port.in.TrainSeriesUseCase;
import org.fantastictrain.platform.training.application.port.in.TrainingRunQuery;
import org.fantastictrain.platform.training.domain.RunStatus;
import org.fantastictrain.platform.training.domain.TrainingRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the initial load, on a platform that never trained: a first training of the four series,
 * so a first forecast request finds a champion. Fails the bootstrap only if no series could be
 * trained; a single failed series is logged and visible in {@code GET /api/v1/trainings}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 200)
class FirstTrainingBootstrapStep implements BootstrapStep {
    private static final Logger log = LoggerFactory.getLogger(FirstTrainingBootstrapStep.class);

    private final TrainSeriesUseCase training;
    private final TrainingRunQuery runs;

    FirstTrainingBootstrapStep(TrainSeriesUseCase training, TrainingRunQuery runs) {
        this.training = training;
        this.runs = runs;
    }

    @Override
    public String name() {
        return "first training";
    }

    @Override
    public boolean needed() {
        return runs.runs(null, 1).isEmpty();
    }

    @Override
    public void run() {
        List<String> series = Arrays.stream(SeriesId.values()).map(SeriesId::id).toList();
        List<TrainingRun> done = training.trainAll(series, "bootstrap");
        done.forEach(r -> log.info("Bootstrap training of {}: {} - {}", r.series(), r.decision(), r.reason()));
        if (done.stream().allMatch(r -> r.status() == RunStatus.FAILED)) {
            throw new IllegalStateException(
                    "no series could be trained: " + done.get(0).reason());
        }
    }
}
