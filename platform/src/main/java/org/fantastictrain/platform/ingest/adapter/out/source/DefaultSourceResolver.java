package org.fantastictrain.platform.ingest.adapter.out.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.fantastictrain.platform.ingest.application.port.out.DailySupplySource;
import org.fantastictrain.platform.ingest.application.port.out.SourceResolver;

/**
 * Resolves the source specs of the CLI and HTTP contract: {@code bundled} (also for a blank spec),
 * {@code gni-url} (the configured default URL), {@code gni-url:URL}, {@code file:PATH}.
 */
public final class DefaultSourceResolver implements SourceResolver {

    private static final String EXPECTED = "expected bundled, gni-url[:URL] or file:PATH";

    private final URI defaultGniUrl;
    private final HttpClient httpClient;
    private final Duration requestTimeout;
    private final BundledSource bundled = new BundledSource();

    /**
     * @param defaultGniUrl the URL behind a bare {@code gni-url}, e.g. {@link GniHttpSource#DEFAULT_URL}
     * @param httpClient the client for {@code gni-url} sources; give it a connect timeout
     * @param requestTimeout how long a download may take
     */
    public DefaultSourceResolver(URI defaultGniUrl, HttpClient httpClient, Duration requestTimeout) {
        this.defaultGniUrl = Objects.requireNonNull(defaultGniUrl, "defaultGniUrl");
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /** A resolver with its own HTTP client: 10 s to connect, 60 s for a download. */
    public DefaultSourceResolver(URI defaultGniUrl) {
        this(
                defaultGniUrl,
                HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build(),
                Duration.ofSeconds(60));
    }

    @Override
    public DailySupplySource resolve(String spec) {
        String s = spec == null ? "" : spec.trim();
        String lower = s.toLowerCase(Locale.ROOT);
        if (s.isEmpty() || lower.equals(BundledSource.NAME)) {
            return bundled;
        }
        if (lower.equals("gni-url")) {
            return new GniHttpSource(defaultGniUrl, httpClient, requestTimeout);
        }
        if (lower.startsWith("gni-url:")) {
            return new GniHttpSource(url(s.substring("gni-url:".length()).trim()), httpClient, requestTimeout);
        }
        if (lower.startsWith("file:")) {
            return new FileSource(path(s.substring("file:".length()).trim()));
        }
        throw new IllegalArgumentException("unknown source '" + s + "': " + EXPECTED);
    }

    private static URI url(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException(
                    "source gni-url: needs a URL after the colon, or none at all for the default");
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("source gni-url:" + text + ": expected an http or https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("source gni-url:" + text + ": malformed URL (" + e.getReason() + ")", e);
        }
    }

    private static Path path(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("source file: needs a path, e.g. file:data/daily-supply.json");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("source file:" + text + ": invalid path (" + e.getReason() + ")", e);
        }
    }
}
