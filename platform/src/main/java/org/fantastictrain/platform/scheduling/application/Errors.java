package org.fantastictrain.platform.scheduling.application;

/** One-line error texts for the run history. */
final class Errors {

    private Errors() {}

    static String describe(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        return message == null || message.isBlank()
                ? type
                : type + ": " + message.replaceAll("\\s+", " ").trim();
    }
}
