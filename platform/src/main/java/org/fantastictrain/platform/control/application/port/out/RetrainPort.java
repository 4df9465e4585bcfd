package org.fantastictrain.platform.control.application.port.out;

/** Starts a training run of a series, recorded as triggered by an alarm. */
public interface RetrainPort {

    void retrain(String series);
}
