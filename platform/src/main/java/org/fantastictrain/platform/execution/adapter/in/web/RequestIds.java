package org.fantastictrain.platform.execution.adapter.in.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** The caller's {@code X-Request-Id} when it is a sane token, else a new UUID. */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {}

    static String from(String header) {
        if (header != null && SANE.matcher(header).matches()) {
            return header;
        }
        return UUID.randomUUID().toString();
    }
}
