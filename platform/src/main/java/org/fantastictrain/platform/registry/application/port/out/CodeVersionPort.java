package org.fantastictrain.platform.registry.application.port.out;

/** The version of the code that trains, recorded with each model version. */
public interface CodeVersionPort {

    /** E.g. the jar's build version, or {@code dev} when running from classes. */
    String codeVersion();
}
