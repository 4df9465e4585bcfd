package org.fantastictrain.platform.execution.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.fantastictrain.platform.execution.support.LineModel;
import org.fantastictrain.platform.execution.support.TestChampions;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.registry.application.port.in.ChampionQuery;
import org.junit.jupiter.api.Test;

class ChampionCacheTest {

    private final TestChampions registry = new TestChampions();
    private final AtomicLong nanos = new AtomicLong();
    private final List<Runnable> background = new ArrayList<>();
    private final Executor executor = background::add;
    private final ChampionCache cache = new ChampionCache(registry, Duration.ofSeconds(1), nanos::get, executor);

    @Test
    void requests_within_the_recheck_interval_do_not_touch_the_registry() {
        for (int i = 0; i < 100; i++) {
            assertThat(cache.champion(SeriesId.CORRIB_PRODUCTION)).isPresent();
        }

        assertThat(registry.queries()).isEqualTo(1);
        assertThat(background).isEmpty();
    }

    @Test
    void a_moved_alias_is_picked_up_in_the_background_while_the_old_model_is_still_served() {
        cache.champion(SeriesId.CORRIB_PRODUCTION);
        registry.promote(SeriesId.CORRIB_PRODUCTION, 2, LineModel.standard());
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());

        assertThat(cache.champion(SeriesId.CORRIB_PRODUCTION).orElseThrow().version())
                .isEqualTo(1);
        assertThat(cache.champion(SeriesId.CORRIB_PRODUCTION).orElseThrow().version())
                .isEqualTo(1);
        assertThat(background).as("one recheck at a time").hasSize(1);

        background.remove(0).run();

        assertThat(cache.champion(SeriesId.CORRIB_PRODUCTION).orElseThrow().version())
                .isEqualTo(2);
    }

    @Test
    void an_unchanged_version_keeps_the_cached_model() {
        var first = cache.champion(SeriesId.CORRIB_PRODUCTION).orElseThrow();
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        cache.champion(SeriesId.CORRIB_PRODUCTION);
        background.remove(0).run();

        assertThat(cache.champion(SeriesId.CORRIB_PRODUCTION).orElseThrow()).isSameAs(first);
        assertThat(background).isEmpty();
    }

    @Test
    void a_series_without_champion_is_asked_again_on_the_next_request() {
        assertThat(cache.champion(SeriesId.MOFFAT)).isEmpty();
        registry.promote(SeriesId.MOFFAT, 1, LineModel.standard());

        assertThat(cache.champion(SeriesId.MOFFAT)).isPresent();
    }

    @Test
    void a_failing_registry_keeps_the_cached_model() {
        ChampionQuery flaky = new ChampionQuery() {
            private int calls;

            @Override
            public java.util.Optional<org.fantastictrain.platform.registry.application.port.in.Champion> champion(
                    SeriesId series) {
                if (calls++ > 0) {
                    throw new IllegalStateException("database down");
                }
                return registry.champion(series);
            }
        };
        ChampionCache cache = new ChampionCache(flaky, Duration.ofSeconds(1), nanos::get, Runnable::run);
        cache.champion(SeriesId.CORRIB_PRODUCTION);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());

        assertThat(cache.champion(SeriesId.CORRIB_PRODUCTION).orElseThrow().version())
                .isEqualTo(1);
        assertThat(cache.champion(SeriesId.CORRIB_PRODUCTION)).isPresent();
    }
}
