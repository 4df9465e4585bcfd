package org.fantastictrain.platform.ingest.domain;

import java.util.Locale;

/** Why a load ran: the seed's initial load, a load of a chosen range, or the daily job. */
public enum LoadKind {
    INITIAL,
    INCREMENTAL,
    DAILY;

    /** The lower-case name stored in {@code load_run.kind} and shown in the API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LoadKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
