import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed-rate HTTP load generator (what wrk2's -R does, which Debian's wrk lacks). Requests are
 * sent on a fixed schedule whether or not earlier ones have answered, and each latency is measured
 * from the time the request was due, so a stalled server cannot hide its queueing (no coordinated
 * omission).
 *
 *   java scripts/RateLoad.java URL RATE SECONDS [JSON_BODY]
 *
 * With a body it POSTs application/json, else it GETs. Prints one line of figures.
 */
public class RateLoad {

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java RateLoad.java URL RATE SECONDS [JSON_BODY]");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String body = args.length > 3 ? args[3] : null;

        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        HttpRequest request = body == null
                ? builder.GET().build()
                : builder.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();

        int total = rate * seconds;
        long period = 1_000_000_000L / rate;
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                latencies[index] = System.nanoTime() - due;
                if (failure != null || response.statusCode() / 100 != 2) {
                    errors.incrementAndGet();
                }
            }));
        }
        for (CompletableFuture<?> f : pending) {
            try {
                f.join();
            } catch (RuntimeException e) {
                // counted in errors
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.println(String.format(Locale.ROOT,
                "target=%d/s requests=%d errors=%d achieved=%.1f/s p50=%.2fms p90=%.2fms p99=%.2fms p99.9=%.2fms max=%.2fms",
                rate, total, errors.get(), total / elapsed, ms(latencies, 0.50), ms(latencies, 0.90), ms(latencies, 0.99),
                ms(latencies, 0.999), latencies[total - 1] / 1e6));
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
