package org.fantastictrain.platform.scheduling;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.fantastictrain.platform.scheduling.application.port.out.DailyLoadPort;
import org.fantastictrain.platform.scheduling.domain.JobOutcome;

/** A daily load that counts its calls and can be told to throw. */
public final class FakeDailyLoad implements DailyLoadPort {

    private final AtomicInteger calls = new AtomicInteger();
    private volatile RuntimeException failure;

    @Override
    public JobOutcome loadDaily() {
        int call = calls.incrementAndGet();
        RuntimeException e = failure;
        if (e != null) {
            throw e;
        }
        return JobOutcome.succeeded(Map.of("load_run", call, "inserted", 4));
    }

    public void failWith(RuntimeException e) {
        this.failure = e;
    }

    public int calls() {
        return calls.get();
    }

    public void reset() {
        calls.set(0);
        failure = null;
    }
}
