package org.fantastictrain.platform.training.domain;

/** A training that cannot complete; the run is recorded FAILED with this kind and message. */
public class TrainingFailure extends RuntimeException {
    private final FailureKind kind;

    public TrainingFailure(FailureKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public FailureKind kind() {
        return kind;
    }
}
