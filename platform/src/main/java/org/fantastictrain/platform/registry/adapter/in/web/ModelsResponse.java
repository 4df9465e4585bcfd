package org.fantastictrain.platform.registry.adapter.in.web;

import java.util.List;

/** The registry of one series: versions newest first, the champion, and the alias history. */
public record ModelsResponse(
        String series,
        Integer championVersion,
        List<ModelVersionResponse> versions,
        List<AliasMoveResponse> aliasHistory) {}
