package org.fantastictrain.platform.execution.application;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.registry.application.port.in.Champion;
import org.fantastictrain.platform.registry.application.port.in.ChampionQuery;

/**
 * Keeps each series' champion model in memory so that serving reads no artifact per request. A
 * cached champion older than the recheck interval is still served while one background task asks
 * the registry again; when the alias has moved (another version), the new model replaces it. The
 * first request for a series loads synchronously.
 */
public final class ChampionCache {

    private final ChampionQuery registry;
    private final long recheckNanos;
    private final LongSupplier ticker;
    private final Executor refresher;
    private final ConcurrentHashMap<SeriesId, Entry> entries = new ConcurrentHashMap<>();

    /**
     * @param ticker monotonic nanoseconds (not the business clock: a replay's virtual time must not
     *     freeze or race the cache)
     * @param refresher runs the background rechecks
     */
    public ChampionCache(ChampionQuery registry, Duration recheck, LongSupplier ticker, Executor refresher) {
        this.registry = registry;
        this.recheckNanos = recheck.toNanos();
        this.ticker = ticker;
        this.refresher = refresher;
    }

    /** The champion of a series, from memory when possible. */
    public Optional<Champion> champion(SeriesId series) {
        Entry entry = entries.get(series);
        if (entry == null) {
            return load(series);
        }
        if (ticker.getAsLong() - entry.checkedAt >= recheckNanos && entry.refreshing.compareAndSet(false, true)) {
            try {
                refresher.execute(() -> recheck(series, entry));
            } catch (RejectedExecutionException e) {
                entry.refreshing.set(false);
            }
        }
        return Optional.of(entry.champion);
    }

    /** Forgets a series' champion, so that the next request loads it from the registry. */
    public void invalidate(SeriesId series) {
        entries.remove(series);
    }

    private Optional<Champion> load(SeriesId series) {
        Optional<Champion> champion = registry.champion(series);
        champion.ifPresent(c -> entries.put(series, new Entry(c, ticker.getAsLong())));
        return champion;
    }

    private void recheck(SeriesId series, Entry cached) {
        try {
            Optional<Champion> current = registry.champion(series);
            if (current.isEmpty()) {
                entries.remove(series, cached);
            } else if (current.get().version() == cached.champion.version()) {
                cached.checkedAt = ticker.getAsLong();
            } else {
                entries.replace(series, cached, new Entry(current.get(), ticker.getAsLong()));
            }
        } catch (RuntimeException e) {
            // The registry is unreachable: keep serving the model we have and try again later.
            cached.checkedAt = ticker.getAsLong();
        } finally {
            cached.refreshing.set(false);
        }
    }

    private static final class Entry {
        final Champion champion;
        volatile long checkedAt;
        final AtomicBoolean refreshing = new AtomicBoolean();

        Entry(Champion champion, long checkedAt) {
            this.champion = champion;
            this.checkedAt = checkedAt;
        }
    }
}
