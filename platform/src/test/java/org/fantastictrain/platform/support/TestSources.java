package org.fantastictrain.platform.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.fantastictrain.platform.ingest.application.port.out.DailySupplySource;
import org.fantastictrain.platform.ingest.application.port.out.SourceResolver;
import org.fantastictrain.platform.ingest.domain.Observation;
import org.fantastictrain.platform.ingest.domain.RejectedRow;
import org.fantastictrain.platform.ingest.domain.SourceBatch;

/**
 * In-test sources under specs {@code test:NAME}; every other spec goes to the real resolver, so
 * tests also exercise {@code bundled} and {@code file:}.
 */
public class TestSources implements SourceResolver {
    private final SourceResolver real;
    private final Map<String, DailySupplySource> sources = new ConcurrentHashMap<>();

    public TestSources(SourceResolver real) {
        this.real = real;
    }

    @Override
    public DailySupplySource resolve(String spec) {
        if (spec != null && spec.startsWith("test:")) {
            DailySupplySource source = sources.get(spec);
            if (source == null) {
                throw new IllegalArgumentException("unknown source '" + spec + "'");
            }
            return source;
        }
        return real.resolve(spec);
    }

    /** Registers a source answering with a fixed batch; returns its spec. */
    public String fixed(String name, List<Observation> observations, List<RejectedRow> rejected, int missing) {
        return register(name, (from, to) -> new SourceBatch(observations, rejected, missing));
    }

    public String register(String name, BiFunction<LocalDate, LocalDate, SourceBatch> fetch) {
        String spec = "test:" + name;
        sources.put(spec, new DailySupplySource() {
            @Override
            public String name() {
                return spec;
            }

            @Override
            public SourceBatch fetch(LocalDate from, LocalDate to) {
                return fetch.apply(from, to);
            }

            @Override
            public Optional<LocalDate> lastAvailableDay() {
                return Optional.empty();
            }
        });
        return spec;
    }
}
