package org.fantastictrain.platform.control.adapter.out.training;

import org.fantastictrain.platform.control.application.port.out.RetrainPort;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.training.application.port.in.TrainUseCase;
import org.springframework.beans.factory.ObjectProvider;

/** Asks the training service for a run triggered by {@code alarm}. */
public class TrainingRetrain implements RetrainPort {

    private final ObjectProvider<TrainUseCase> training;

    public TrainingRetrain(ObjectProvider<TrainUseCase> training) {
        this.training = training;
    }

    @Override
    public void retrain(String series) {
        TrainUseCase train = training.getIfAvailable();
        if (train == null) {
            throw new IllegalStateException("no training service in this build");
        }
        train.train(
                SeriesId.fromId(series).orElseThrow(() -> new IllegalArgumentException("unknown series " + series)),
                "alarm");
    }
}
