package org.fantastictrain.platform.training.adapter.in.web;

/** Body of {@code POST /api/v1/trainings}: a series id, {@code all}, or nothing for the default series. */
public record TrainingRequest(String series) {}
