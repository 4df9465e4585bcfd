package org.fantastictrain.platform.scheduling;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.training.application.port.in.TrainUseCase;
import org.fantastictrain.platform.training.application.port.in.TrainingOutcome;

/** Training that promotes version 1 of every series, except the series told to throw. */
public final class FakeTraining implements TrainUseCase {

    private final AtomicLong runIds = new AtomicLong();
    private final Set<SeriesId> failing = ConcurrentHashMap.newKeySet();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public TrainingOutcome train(SeriesId series, String trigger) {
        calls.add(series.id() + "/" + trigger);
        if (failing.contains(series)) {
            throw new IllegalStateException("database went away while training " + series.id());
        }
        return new TrainingOutcome(
                runIds.incrementAndGet(), series, "SUCCEEDED", "PROMOTED", 1, "beats seasonal naive");
    }

    public void failFor(SeriesId series) {
        failing.add(series);
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }

    public void reset() {
        failing.clear();
        calls.clear();
    }
}
