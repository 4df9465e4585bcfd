package org.fantastictrain.platform.control.domain;

import java.util.Optional;

/** The outcome of one check. INSUFFICIENT_DATA neither fires nor resolves an alarm. */
public enum Verdict {
    OK,
    WARNING,
    CRITICAL,
    INSUFFICIENT_DATA;

    public Optional<Severity> severity() {
        return switch (this) {
            case WARNING -> Optional.of(Severity.WARNING);
            case CRITICAL -> Optional.of(Severity.CRITICAL);
            default -> Optional.empty();
        };
    }
}
