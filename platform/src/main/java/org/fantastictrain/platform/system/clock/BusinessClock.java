package org.fantastictrain.platform.system.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform's business clock: the system clock in the business zone, unless a replay pins it
 * to a past moment. Once pinned it runs on from that moment at real speed (so durations recorded
 * by jobs stay real) until it is pinned again or released.
 */
public final class BusinessClock extends Clock {

    private record Pin(Instant at, long nanos) {}

    private final ZoneId zone;
    private final Clock system;
    private volatile Pin pin;

    public BusinessClock(ZoneId zone) {
        this(zone, Clock.system(zone));
    }

    BusinessClock(ZoneId zone, Clock system) {
        this.zone = Objects.requireNonNull(zone);
        this.system = system;
    }

    /** Pins the clock to {@code time} on {@code day} in the business zone. */
    public void pin(LocalDate day, LocalTime time) {
        pin(day.atTime(time).atZone(zone).toInstant());
    }

    public void pin(Instant at) {
        this.pin = new Pin(Objects.requireNonNull(at), System.nanoTime());
    }

    /** Back to the system clock. */
    public void release() {
        this.pin = null;
    }

    /** The pinned moment, if the clock is virtual. */
    public Optional<Instant> pinnedAt() {
        Pin p = pin;
        return p == null ? Optional.empty() : Optional.of(p.at());
    }

    public boolean virtual() {
        return pin != null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new ZonedView(this, other);
    }

    @Override
    public Instant instant() {
        Pin p = pin;
        if (p == null) {
            return system.instant();
        }
        return p.at().plusNanos(System.nanoTime() - p.nanos());
    }

    /** This clock seen from another zone (same instants, pinned or not). */
    private static final class ZonedView extends Clock {
        private final BusinessClock clock;
        private final ZoneId zone;

        ZonedView(BusinessClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return clock.withZone(other);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    }
}
