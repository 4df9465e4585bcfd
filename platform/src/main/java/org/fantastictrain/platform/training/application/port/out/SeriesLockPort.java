package org.fantastictrain.platform.training.application.port.out;

import java.util.Optional;

/** Mutual exclusion of trainings of one series, across threads and platform instances. */
public interface SeriesLockPort {

    /** Takes the series' lock without waiting; empty when another training holds it. */
    Optional<Held> tryLock(String series);

    /** A held lock; closing releases it. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
