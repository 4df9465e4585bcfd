package org.fantastictrain.platform.ingest.adapter.out.source;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fantastictrain.platform.ingest.application.port.out.DailySupplySource;
import org.fantastictrain.platform.ingest.domain.OutOfRangeRows;
import org.fantastictrain.platform.ingest.domain.RawSupplyRow;
import org.fantastictrain.platform.ingest.domain.SourceBatch;
import org.fantastictrain.platform.ingest.domain.SourceUnavailableException;
import org.fantastictrain.platform.ingest.domain.SupplyRowValidator;

/**
 * Gas Networks Ireland's open-data "Daily Supply" JSON over HTTP ({@code gni-url[:URL]}). GNI
 * publishes the whole history in one document, so each fetch downloads it and keeps the requested
 * days; rows of other days are not defects and are left out silently.
 */
public final class GniHttpSource implements DailySupplySource {

    /** Where GNI published the data set the seed was built on. */
    public static final URI DEFAULT_URL =
            URI.create("https://www.gasnetworks.ie/corporate/open-data/Daily-Supply-Q2-2024.json");

    private final URI url;
    private final HttpClient client;
    private final Duration requestTimeout;
    private final SupplyRowValidator validator = new SupplyRowValidator(OutOfRangeRows.SKIP);

    /**
     * @param client the client to use; give it a connect timeout
     * @param requestTimeout how long to wait for the whole answer
     */
    public GniHttpSource(URI url, HttpClient client, Duration requestTimeout) {
        this.url = Objects.requireNonNull(url, "url");
        this.client = Objects.requireNonNull(client, "client");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    @Override
    public String name() {
        return "gni-url:" + url;
    }

    @Override
    public SourceBatch fetch(LocalDate from, LocalDate to) {
        return validator.validate(download(), from, to);
    }

    /** Downloads the document to find its last valid day; empty when it cannot be reached or read. */
    @Override
    public Optional<LocalDate> lastAvailableDay() {
        try {
            return download().stream()
                    .filter(row -> row.defect() == null)
                    .map(GniHttpSource::dateOrNull)
                    .filter(Objects::nonNull)
                    .max(LocalDate::compareTo);
        } catch (SourceUnavailableException e) {
            return Optional.empty();
        }
    }

    private List<RawSupplyRow> download() {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new SourceUnavailableException("cannot read " + name() + ": no answer within " + requestTimeout, e);
        } catch (IOException e) {
            throw new SourceUnavailableException(
                    "cannot read " + name() + ": " + GniJsonParser.oneLine(e.toString()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException("cannot read " + name() + ": interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new SourceUnavailableException("cannot read " + name() + ": HTTP " + response.statusCode());
        }
        return GniJsonParser.parse(response.body(), name());
    }

    private static LocalDate dateOrNull(RawSupplyRow row) {
        try {
            return SupplyRowValidator.parseDate(row.date());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
