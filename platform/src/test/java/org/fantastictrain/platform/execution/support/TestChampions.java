package org.fantastictrain.platform.execution.support;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.registry.application.port.in.Champion;
import org.fantastictrain.platform.registry.application.port.in.ChampionQuery;

/**
 * A registry stand-in whose champions the tests set. By default {@code corrib_production} has
 * version 1 of {@link LineModel#standard()} and the other series have none.
 */
public class TestChampions implements ChampionQuery {
    private final Map<SeriesId, Champion> champions = new ConcurrentHashMap<>();
    private final AtomicInteger queries = new AtomicInteger();

    public TestChampions() {
        reset();
    }

    @Override
    public Optional<Champion> champion(SeriesId series) {
        queries.incrementAndGet();
        return Optional.ofNullable(champions.get(series));
    }

    public void reset() {
        champions.clear();
        champions.put(SeriesId.CORRIB_PRODUCTION, new Champion(SeriesId.CORRIB_PRODUCTION, 1, LineModel.standard()));
    }

    public void promote(SeriesId series, int version, FittedModel model) {
        champions.put(series, new Champion(series, version, model));
    }

    /** How often the registry was asked. */
    public int queries() {
        return queries.get();
    }
}
